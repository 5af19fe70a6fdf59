import { DOMParser, parseHTML } from 'linkedom';

/**
 * The few DOM members the ingest stage uses, typed here because the project compiles without the DOM lib (linkedom's
 * own declarations refer to DOM types and so arrive as `any`). Keeping the surface small also keeps us honest about
 * what linkedom must support.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  /** Lower case for HTML; as written (with prefix) for XML. */
  readonly localName: string;
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/** Parses an HTML document (or fragment, which ends up in `body`). */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as { document: DomDocument };
  return document;
}

/** Parses XML (feeds); element names keep their prefixes (`content:encoded`, `dc:creator`). */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Trimmed value of an attribute of the first element matching `selector`, or undefined when absent or blank. */
export function attributeOf(root: DomDocument | DomElement, selector: string, attribute: string): string | undefined {
  const value = root.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Trimmed text of an element, or undefined when absent or blank. */
export function textOf(element: DomElement | null | undefined): string | undefined {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value === undefined || value === '' ? undefined : value;
}
