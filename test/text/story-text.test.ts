import { describe, expect, it } from 'vitest';
import { buildStoryText, domPosition, paragraphSpans, spanToRange, storyFromPlainText } from '../../lib/text/story-text';

// happy-dom's Range only works fully in the main document, so each test rewrites its body.
function doc(html: string): Document {
  document.body.innerHTML = html; // test-only fixture markup, never page text
  return document;
}

describe('buildStoryText', () => {
  it('separates block elements into paragraphs and collapses whitespace', () => {
    const d = doc('<div><p>  One   two\n three. </p><p>Four <em>five</em>\tsix.</p></div>');
    const s = buildStoryText([d.body]);
    expect(s.text).toBe('One two three.\n\nFour five six.');
    expect(s.paragraphs.map((p) => s.text.slice(p.start, p.end))).toEqual(['One two three.', 'Four five six.']);
  });

  it('keeps inline elements in one paragraph and <br><br> as a paragraph break', () => {
    const d = doc('<p>A <a href="#">linked</a><span> word</span>.<br>Same para<br><br>New para</p>');
    const s = buildStoryText([d.body]);
    expect(s.text).toBe('A linked word.\nSame para\n\nNew para');
    expect(s.paragraphs).toHaveLength(2);
  });

  it('leaves out scripts, styles and subtrees the skip rule names', () => {
    const d = doc('<p>Keep<script>var x = 1;</script> this</p><aside class="ad">Ad text</aside><style>p{}</style><p>End</p>');
    const s = buildStoryText([d.body], { skip: (el) => el.tagName === 'ASIDE' });
    expect(s.text).toBe('Keep this\n\nEnd');
  });

  it('maps every character back to its text node and offset, across elements', () => {
    const d = doc('<p>“Hello <em>brave</em>  new <b>world</b>,” she said.</p>');
    const s = buildStoryText([d.body]);
    for (let i = 0; i < s.text.length; i++) {
      const pos = domPosition(s, i, 'start');
      if (s.text[i] === ' ') continue; // collapsed whitespace may map to either side
      expect(pos, `offset ${i}`).not.toBeNull();
      expect(pos!.node.data[pos!.offset]).toBe(s.text[i]);
    }
  });

  it('turns a text span into a Range covering exactly those characters', () => {
    const d = doc('<p>He said “the <a href="#">quick</a>   brown <em>fox</em>” today.</p>');
    const s = buildStoryText([d.body]);
    const start = s.text.indexOf('the');
    const end = s.text.indexOf('”');
    const r = spanToRange(d, s, { start, end });
    expect(r).not.toBeNull();
    expect(r!.toString().replace(/\s+/g, ' ')).toBe('the quick brown fox');
  });

  it('maps ranges that span several paragraphs', () => {
    const d = doc('<p>First part</p><p>second part</p>');
    const s = buildStoryText([d.body]);
    const r = spanToRange(d, s, { start: 0, end: s.text.length });
    expect(r!.toString()).toBe('First partsecond part');
  });

  it('records the text inside blockquotes as plain spans (they travel to the worker)', () => {
    const d = doc('<p>He said:</p><blockquote><p>First line.</p><p>Second <blockquote>inner</blockquote></p></blockquote><p>After.</p>');
    const s = buildStoryText([d.body]);
    expect(s.quoteBlocks).toHaveLength(1);
    const b = s.quoteBlocks![0]!;
    expect(s.text.slice(b.start, b.end).trim()).toBe('First line.\n\nSecond\n\ninner');
    expect(s.text.slice(b.end)).not.toContain('First');
  });

  it('stops at maxChars and says so', () => {
    const d = doc('<p>' + 'word '.repeat(1000) + '</p>');
    const s = buildStoryText([d.body], { maxChars: 100 });
    expect(s.text.length).toBeLessThanOrEqual(100);
    expect(s.truncated).toBe(true);
  });

  it('leaves out soft hyphens and other invisible joiners, and keeps every character on its DOM position', () => {
    // some pages put a soft hyphen (U+00AD) between every syllable, across elements too
    const d = doc('<p>Mi\u00ADnis\u00ADter Ja\u00ADna Kow\u00ADal\u00AD<b>ski</b> said: \u00AD“We will\u2060 act\uFEFF.”</p>');
    const s = buildStoryText([d.body]);
    expect(s.text).toBe('Minister Jana Kowalski said: “We will act.”');
    for (let i = 0; i < s.text.length; i++) {
      if (s.text[i] === ' ') continue;
      const pos = domPosition(s, i, 'start')!;
      expect(pos.node.data[pos.offset], `offset ${i}`).toBe(s.text[i]);
    }
    // a highlight of the name covers exactly its characters (the soft hyphens inside it included)
    const start = s.text.indexOf('Jana');
    const r = spanToRange(d, s, { start, end: start + 'Jana Kowalski'.length });
    expect(r!.toString()).toBe('Ja\u00ADna Kow\u00ADal\u00ADski');
    const q = s.text.indexOf('“');
    expect(spanToRange(d, s, { start: q, end: s.text.length })!.toString()).toBe('“We will\u2060 act\uFEFF.”');
  });

  it('makes no break of a text node that holds only invisible joiners', () => {
    const d = doc('<p>Pre<span>\u00AD</span>sident <span>\u00AD</span> Obama</p>');
    expect(buildStoryText([d.body]).text).toBe('President Obama');
  });

  it('handles very deep DOMs without recursion', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += '<span>';
    html += 'deep text';
    const d = doc(html);
    expect(buildStoryText([d.body]).text).toBe('deep text');
  });
});

describe('plain text', () => {
  it('splits paragraphs on blank lines', () => {
    const s = storyFromPlainText('Title\n\nFirst para\nstill first.\n \nSecond.\r\n\r\nThird');
    expect(s.paragraphs.map((p) => s.text.slice(p.start, p.end))).toEqual(['Title', 'First para\nstill first.', 'Second.', 'Third']);
  });

  it('gives no DOM positions', () => {
    expect(domPosition(storyFromPlainText('abc'), 1, 'start')).toBeNull();
  });

  it('paragraphSpans trims and skips empty runs', () => {
    expect(paragraphSpans('\n\n  a  \n\n\n\nb\n')).toEqual([
      { start: 4, end: 5 },
      { start: 11, end: 12 },
    ]);
  });
});
