//! The JSON Schema the app publishes (`public/schemas/dossier.schema.json`) states the same caps on
//! free text as the validator, so a receiver checking a file with the schema and one checking it
//! with `dien-hinh` agree.

use std::fs;
use std::path::Path;

use criteria::validate::limits::{EVIDENCE_MAX, INITIATIVE_TITLE_MAX, NAME_MAX, NOTES_MAX, POSITION_MAX, UNIT_MAX};
use serde_json::Value;

#[test]
fn the_dossier_schema_states_the_validators_caps_on_free_text() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/schemas/dossier.schema.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    let initiative = "/properties/initiatives/oneOf/1/items/properties";
    let cases = [
        ("/properties/subject/properties/name", NAME_MAX),
        ("/properties/subject/properties/unit", UNIT_MAX),
        ("/properties/subject/properties/position", POSITION_MAX),
        ("/properties/years/items/properties/evidence", EVIDENCE_MAX),
        (&format!("{initiative}/title"), INITIATIVE_TITLE_MAX),
        (&format!("{initiative}/evidence"), EVIDENCE_MAX),
        (
            "/properties/declarations/additionalProperties/properties/evidence",
            EVIDENCE_MAX,
        ),
        ("/properties/notes", NOTES_MAX),
    ];
    for (at, max) in cases {
        let stated = schema.pointer(&format!("{at}/maxLength")).and_then(Value::as_u64);
        assert_eq!(stated, Some(max as u64), "{at}");
    }
}
