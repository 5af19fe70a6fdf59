import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindFromName, sniffKind } from './dispatch.js';

test('kindFromName: the extension decides when it is known', () => {
  const cases: [string, ReturnType<typeof kindFromName>][] = [
    ['a/b.txt', 'text'], ['NOTES', undefined], ['x.MD', 'markdown'], ['x.markdown', 'markdown'], ['p.htm', 'html'],
    ['d.json', 'json'], ['d.ndjson', 'jsonl'], ['d.jsonl', 'jsonl'], ['f.rss', 'feed'], ['f.atom', 'feed'],
    ['f.xml', 'feed'], ['r.pdf', 'not-text'], ['c.jsonl.gz', 'not-text'], ['x.csv', undefined],
  ];
  for (const [name, kind] of cases) assert.equal(kindFromName(name), kind, name);
});

test('sniffKind: feeds, HTML, JSON, JSONL and text from the first bytes', () => {
  const cases: [string, boolean, ReturnType<typeof sniffKind>][] = [
    ['<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0"><channel>', true, 'feed'],
    ['\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">', true, 'feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true, 'feed'],
    ['<!DOCTYPE html>\n<html>', true, 'html'],
    ['<!-- saved page -->\n<!doctype HTML><html>', true, 'html'],
    ['  <html lang="en">', true, 'html'],
    ['<div class="story"><p>Text</p></div>', true, 'html'],
    ['<?xml version="1.0"?><urlset>', true, 'xml'],
    ['<3 this story', true, 'text'],
    ['[{"text": "a"}]', true, 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', true, 'jsonl'],
    ['{"text": "a"}\n', true, 'json'],
    ['{"text": "a"}', true, 'json'],
    ['{"text": "a very long first line that is not finished', false, 'jsonl'],
    ['{\n  "title": "Pretty printed",\n  "text": "x"\n}\n', true, 'json'],
    ['Plain words, a headline\n\nAnd a body.', true, 'text'],
    ['# A markdown heading', true, 'text'],
  ];
  for (const [head, complete, kind] of cases) assert.equal(sniffKind(head, complete), kind, head);
});
