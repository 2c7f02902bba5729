// What the pipeline benchmark measures, in one module so it can be bundled as shipped (see shipped.ts).
export { annotate, annotateSteps } from '../../lib/pipeline';
export { detectPeople } from '../../lib/people/detect';
