// Generated test pages for the performance and dynamic-page checks (invented text, seeded, so every
// run builds the same bytes).

/** A tiny deterministic PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Helena', 'Tomas', 'Priya', 'Ahmed', 'Lena', 'Marco', 'Grace', 'Ivan', 'Sofia', 'Kwame', 'Mei', 'Jonas'];
const LAST = ['Marsh', 'Ferreira', 'Okafor', 'Haddad', 'Novak', 'Rossi', 'Mensah', 'Petrov', 'Lindqvist', 'Chen', 'Brandt', 'Ortiz'];
const ROLES = ['Mayor', 'Senator', 'Minister', 'Governor', 'council member', 'spokeswoman', 'analyst', 'resident'];
const WORDS = 'the council said budget barrier water harbor vote plan city week officials residents flood project cost state money years report public meeting'.split(' ');

/** One paragraph of invented reporting, with a name, a role and (often) a quotation. */
export function paragraph(rand: () => number, i: number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const words = Array.from({ length: 18 + Math.floor(rand() * 30) }, () => pick(WORDS)).join(' ');
  const quote = rand() < 0.6 ? ` “${words.slice(0, 60).replace(/^\w/, (c) => c.toUpperCase())},” ${pick(ROLES)} ${name} said.` : '';
  return `<p>In item ${i}, ${pick(ROLES)} ${name} spoke about the ${words}.${quote} The meeting went on for hours, officials said.</p>`;
}

/** A news article page of about `bytes` bytes: metadata, then one article body of paragraphs. */
export function bigArticle(bytes: number, seed = 7): string {
  const rand = prng(seed);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council debates the harbor barrier, item by item – The Ledger</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-14T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council debates the harbor barrier, item by item","datePublished":"2024-03-14"}</script>
</head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Council debates the harbor barrier, item by item</h1>
<p class="byline">By Test Writer</p><div class="article-body">`;
  const tail = `</div></article></main><footer><p>Footer text.</p></footer></body></html>`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 1; size < bytes; i++) {
    const p = paragraph(rand, i) + '\n';
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}
