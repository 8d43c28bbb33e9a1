import { describe, expect, it } from "vitest";
import { CivicError, IdentifierError, XmlError, isCivicError, parseXml } from "../src/index.js";

describe("CivicError", () => {
  it("carries a code, a reason and where the problem is", () => {
    const e = new CivicError("XML_SYNTAX", "bad tag", { where: { file: "a.xml", line: 3, column: 7, path: "/a/b" } });
    expect(e.message).toBe("bad tag (a.xml, line 3, column 7, at /a/b)");
    expect(e.reason).toBe("bad tag");
    expect(e.toJSON()).toEqual({ name: "CivicError", code: "XML_SYNTAX", message: e.message, where: e.where });
  });
  it("subclasses are CivicErrors", () => {
    expect(new IdentifierError("x", "y")).toBeInstanceOf(CivicError);
    expect(new IdentifierError("x", "y").input).toBe("y");
    expect(isCivicError(new XmlError("XML_DEPTH", "deep"))).toBe(true);
    expect(isCivicError(new Error("plain"))).toBe(false);
  });
  it("shortens very long XML paths in messages but keeps them whole in `where`", () => {
    let error: XmlError | undefined;
    try {
      parseXml("<abcdefgh>".repeat(300));
    } catch (e) {
      error = e as XmlError;
    }
    expect(error?.code).toBe("XML_DEPTH");
    expect(error!.message.length).toBeLessThan(300);
    expect(error!.where!.path!.length).toBeGreaterThan(2000);
  });
});
