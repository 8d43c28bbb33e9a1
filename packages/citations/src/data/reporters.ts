// Case reporters, in their standard Bluebook abbreviations: the federal reporters, the regional reporters in every
// series, the early nominative reports of the Supreme Court and the official reports of the larger states. Written from
// the Bluebook's tables (public facts); matched with spaces ignored, so "F.Supp.2d" and "F. Supp. 2d" are the same.
const FEDERAL = [
  "U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d", "F.", "F.2d", "F.3d", "F.4th", "F. Supp.", "F. Supp. 2d", "F. Supp. 3d",
  "F. App'x", "Fed. App'x", "Fed. Appx.", "F. Cas.", "F.R.D.", "B.R.", "Fed. Cl.", "Cl. Ct.", "Ct. Cl.", "Ct. Int'l Trade",
  "Cust. Ct.", "C.C.P.A.", "T.C.", "B.T.A.", "M.J.", "C.M.A.", "C.M.R.", "Vet. App.", "Fed. R. Serv.", "U.S.P.Q.",
  "U.S.P.Q.2d", "Dall.", "Cranch", "Wheat.", "Pet.", "How.", "Black", "Wall.", "U.S.L.W.", "Fed. Cir.",
  // Electronic databases: the volume is the year ("2011 WL 2160468", "2011 U.S. Dist. LEXIS 12345").
  "WL", "U.S. Dist. LEXIS", "U.S. App. LEXIS", "U.S. LEXIS", "Bankr. LEXIS",
];
const REGIONAL = [
  "A.", "A.2d", "A.3d", "N.E.", "N.E.2d", "N.E.3d", "N.W.", "N.W.2d", "P.", "P.2d", "P.3d", "S.E.", "S.E.2d", "So.",
  "So. 2d", "So. 3d", "S.W.", "S.W.2d", "S.W.3d", "Cal. Rptr.", "Cal. Rptr. 2d", "Cal. Rptr. 3d", "N.Y.S.", "N.Y.S.2d",
  "N.Y.S.3d", "Ill. Dec.",
];
const STATE = [
  "Cal.", "Cal. 2d", "Cal. 3d", "Cal. 4th", "Cal. 5th", "Cal. App.", "Cal. App. 2d", "Cal. App. 3d", "Cal. App. 4th",
  "Cal. App. 5th", "N.Y.", "N.Y.2d", "N.Y.3d", "A.D.", "A.D.2d", "A.D.3d", "Misc.", "Misc. 2d", "Misc. 3d", "Ill.",
  "Ill. 2d", "Ill. App.", "Ill. App. 2d", "Ill. App. 3d", "Mass.", "Mass. App. Ct.", "Pa.", "Pa. Super.", "Pa. Commw.",
  "N.J.", "N.J. Super.", "Wash.", "Wash. 2d", "Wash. App.", "Mich.", "Mich. App.", "Ohio St.", "Ohio St. 2d",
  "Ohio St. 3d", "Ohio App.", "Ohio App. 3d", "Wis.", "Wis. 2d", "Minn.", "Tex.", "Va.", "Md.", "Md. App.", "Conn.",
  "Conn. App.", "Ga.", "Ga. App.", "N.C.", "N.C. App.", "Or.", "Or. App.", "Ariz.", "Colo.", "Kan.", "Ky.", "La.", "Mo.",
  "Neb.", "Nev.", "N.H.", "N.M.", "Okla.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "W. Va.", "Wyo.", "Haw.", "Mont.",
  "Me.", "Ala.", "Ark.", "Del.", "Fla.", "Ind.", "Ind. App.", "Miss.", "N.D.", "Wash. App. 2d",
  "Cal. App. Supp.", "N.Y. Misc.", "Ill. App. Ct.", "Va. App.", "Tex. Crim.",
  "Ala. App.", "Ariz. App.", "Ark. App.", "Colo. App.", "Conn. Supp.", "Del. Ch.", "App. D.C.", "Fla. Supp.", "Haw. App.",
  "Kan. App.", "Kan. App. 2d", "La. Ann.", "Mo. App.", "Neb. App.", "N.J. Eq.", "N.J.L.", "Ohio App. 2d", "Ohio Misc.",
  "Okla. Crim.", "Pa. D. & C.", "Tenn. App.", "Tenn. Crim. App.", "Tex. Civ. App.", "Utah 2d",
];

/** Standard abbreviation keyed by the abbreviation with spaces removed and curly apostrophes straightened. */
export const REPORTERS: ReadonlyMap<string, string> = new Map(
  [...FEDERAL, ...REGIONAL, ...STATE].map((r) => [r.replace(/ /g, ""), r] as const),
);
