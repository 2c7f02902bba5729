import { expect, it } from 'vitest';
import { axeViolations } from './axe';

it('axe sees real violations in happy-dom (so a clean run means something)', async () => {
  document.body.innerHTML = '<main><button></button><img src="x.png"><input type="checkbox"></main>';
  const v = await axeViolations(document.body);
  expect(v.map((x) => x.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label']));
  document.body.innerHTML = '';
});
