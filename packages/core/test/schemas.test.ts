import { describe, expect, it } from "vitest";
import {
  BillIdSchema,
  CommitteeRefSchema,
  MemberRefSchema,
  PUBLISHED_SCHEMAS,
  ValidationError,
  VoteIdSchema,
  VoteOptionSchema,
  VotePositionOptionSchema,
  jsonSchemas,
  parseBillId,
  parseVoteId,
  validate,
} from "../src/index.js";

describe("schemas", () => {
  it("accept what the parsers produce", () => {
    expect(BillIdSchema.parse(parseBillId("hr1865-115"))).toEqual({ congress: 115, type: "hr", number: 1865 });
    expect(VoteIdSchema.safeParse(parseVoteId("s60-115.2018")).success).toBe(true);
  });
  it("reject malformed members and committees", () => {
    expect(MemberRefSchema.safeParse({ bioguideId: "W000812", state: "MO", party: "R", district: 2 }).success).toBe(true);
    expect(MemberRefSchema.safeParse({ bioguideId: "w812" }).success).toBe(false);
    expect(MemberRefSchema.safeParse({ lisId: "S354", state: "ZZ" }).success).toBe(false);
    expect(MemberRefSchema.safeParse({ bioguideId: "W000812", extra: 1 }).success).toBe(false);
    expect(CommitteeRefSchema.safeParse({ systemCode: "hsju00", chamber: "house" }).success).toBe(true);
    expect(CommitteeRefSchema.safeParse({ systemCode: "HSJU" }).success).toBe(false);
  });
  it("know the vote options, and candidates' names for Speaker elections", () => {
    expect(VoteOptionSchema.options).toEqual(["yea", "nay", "present", "notVoting", "guilty", "notGuilty"]);
    expect(VoteOptionSchema.safeParse("Aye").success).toBe(false);
    expect(VotePositionOptionSchema.safeParse("Jeffries").success).toBe(true);
  });
  it("validate() lists every problem with its path", () => {
    let error: unknown;
    try {
      validate(BillIdSchema, { type: "hx", number: 0 }, "bill id", "x.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.code).toBe("VALIDATION");
    expect(v.issues.map((i) => i.path).sort()).toEqual(["number", "type"]);
    expect(v.where?.file).toBe("x.json");
    expect(v.message).toMatch(/^bill id does not fit its schema/);
  });
  it("publish a JSON Schema for each shared schema", () => {
    const all = jsonSchemas();
    expect(Object.keys(all).sort()).toEqual(Object.keys(PUBLISHED_SCHEMAS).sort());
    expect(all.BillId.required).toEqual(["type", "number"]);
    expect(all.BillId.$schema).toMatch(/json-schema/);
    expect((all.VoteOption.enum as string[]).includes("notVoting")).toBe(true);
  });
});
