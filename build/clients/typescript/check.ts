// Type-checked by build/openapi-clients.sh against the types openapi-typescript generates from
// docs/openapi/v1.json: if the contract drifts from what front-end code writes, tsc fails.
import type { components, paths } from "../out/typescript/socialerp-api";

type Fiche = components["schemas"]["FicheResponse"];
type ResumeDeFiche = components["schemas"]["FicheResumeResponse"];
type PageDeFiches = paths["/api/fiches"]["get"]["responses"][200]["content"]["application/json"];
type RechercheDeFiches = NonNullable<paths["/api/fiches"]["get"]["parameters"]["query"]>;
type ProblemeDeValidation = components["schemas"]["HttpValidationProblemDetails"];
type AnnulationDeFusion = paths["/api/fiches/fusions/{fusionId}/annulation"]["post"]["responses"][200]["content"]["application/json"];

const fiche: Fiche = {
  id: "0193a5b0-7c1e-7000-8000-000000000001",
  type: "personne",
  nom: "Armengaud",
  prenom: "François",
  raisonSociale: null,
  autresNoms: null,
  // DateOnly: a "YYYY-MM-DD" string.
  dateNaissance: "1980-04-12",
  sexe: "masculin",
  etatCivil: "partenariatEnregistre",
  nationalite: "CH",
  langue: "fr",
  numeroAvs: "756.1234.5678.97",
  permisSejour: null,
  communeResidence: 5586,
  numeroIde: null,
  formeJuridique: null,
  email: null,
  categories: ["usager"],
  contacts: [],
  preferencesNotification: [],
  adresses: [],
  serviceId: null,
  archivee: false,
  archiveeLe: null,
  creeLe: "2026-11-22T10:00:00Z",
  modifieeLe: null,
  version: 1,
};

const resume: ResumeDeFiche = {
  id: fiche.id,
  type: fiche.type,
  nom: fiche.nom,
  prenom: fiche.prenom,
  raisonSociale: null,
  dateNaissance: fiche.dateNaissance,
  numeroAvs: fiche.numeroAvs,
  email: null,
  communeResidence: 5586,
  categories: ["usager"],
  serviceId: null,
  archivee: false,
  creeLe: fiche.creeLe,
  version: fiche.version,
};

// Strict numbers: integers are numbers, never "number | string".
const version: number = fiche.version;
const naissance: string | null = fiche.dateNaissance;

// Enums are closed string unions of camelCase values.
const type: "personne" | "organisation" = fiche.type;
// @ts-expect-error an unknown enum value is rejected
const inconnu: Fiche["type"] = "inconnue";

// Query parameters are camelCase, as the API's conventions write them.
const recherche: RechercheDeFiches = { q: "armengaud", page: 1, pageSize: 50, sort: "-nom" };

const page: PageDeFiches = { items: [resume], page: 1, pageSize: 50, total: 1, totalExact: true };
// The fiche list says whether its total is exact (counting stops at 200): the flag is required.
// @ts-expect-error totalExact is missing
const pageSansExactitude: PageDeFiches = { items: [], page: 1, pageSize: 50, total: 0 };
const probleme: ProblemeDeValidation = {
  status: 400,
  title: "La requête contient des données invalides.",
  code: "validation",
  errors: { nom: ["Le nom est obligatoire."] },
};

// Undoing a merge answers the merge record, now with who undid it and when.
const annulation: AnnulationDeFusion = {
  id: "0193a5b0-7c1e-7000-8000-000000000009",
  conserveeId: fiche.id,
  absorbeeId: "0193a5b0-7c1e-7000-8000-000000000002",
  fusionneeLe: "2026-11-20T09:15:00Z",
  fusionneePar: null,
  champsRepris: ["email"],
  annuleeLe: "2026-11-20T10:02:00Z",
  annuleePar: null,
};

export const exemples = { version, naissance, type, inconnu, recherche, page, pageSansExactitude, probleme, annulation };
