export { XmlReader, XmlToken, type XmlTokenType, type XmlReaderOptions } from "./xml/reader.js";
export {
  parseXml,
  localName,
  childElement,
  childElements,
  childText,
  elementText,
  type XmlElement,
  type XmlNode,
  type ParseXmlOptions,
} from "./xml/tree.js";
export { streamXmlElements, type XmlSource, type StreamedElement } from "./xml/stream.js";
