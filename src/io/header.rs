//! Matching a header row to an item's fields: by canonical name, by alias (Russian column
//! names), or by the user's `--map COLUMN=FIELD`, ignoring case, spaces and punctuation; what
//! is wrong with a header that does not match.

/// A header cell reduced for matching: lower case, `ё` as `е`, letters and digits only, so
/// `Subject ID`, `subject_id` and `SUBJECT-ID` are one name, as are `Ф.И.О.` and `фио`.
pub fn normalize_header(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// Which field each column feeds, or why the header is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// Column (1-based) whose name matches no field.
    Unknown { column: usize, name: String },
    /// Two columns for one field.
    Twice { column: usize, name: String, field: &'static str },
    /// A required field with no column; `also`, the other header names it is known by.
    Missing { field: &'static str, also: Vec<String> },
    /// A `--map` not shaped `COLUMN=FIELD`, or naming no field of the kind, or no column of
    /// the file.
    BadMap { map: String, fault: MapFault },
}

/// What is wrong with a `--map`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapFault {
    Shape,
    NoField,
    /// With the file's header cells, to say what there is.
    NoColumn(Vec<String>),
}

/// Matches header cells to fields. `fields` are the canonical names; `aliases` pairs more
/// names with a field; `maps` are the user's `Column=field` pairs, which win over both.
/// Unknown columns are `None` when `ignore_unknown`, else a problem.
pub fn map_header(
    header: &[String],
    fields: &[&'static str],
    aliases: &[(&str, &'static str)],
    required: &[&'static str],
    maps: &[String],
    ignore_unknown: bool,
) -> Result<Vec<Option<&'static str>>, Vec<HeaderProblem>> {
    let mut problems = Vec::new();
    let mut user: Vec<(String, &'static str)> = Vec::new();
    for m in maps {
        let target = match m.rsplit_once('=') {
            Some((col, field)) if !col.trim().is_empty() && !field.trim().is_empty() => {
                let f = normalize_header(field);
                match fields.iter().find(|c| normalize_header(c) == f) {
                    Some(field) => Ok((normalize_header(col), *field)),
                    None => Err(MapFault::NoField),
                }
            }
            _ => Err(MapFault::Shape),
        };
        match target {
            Ok((col, field)) if header.iter().any(|h| normalize_header(h) == col) => {
                user.push((col, field));
            }
            Ok(_) => problems.push(HeaderProblem::BadMap {
                map: m.clone(),
                fault: MapFault::NoColumn(header.to_vec()),
            }),
            Err(fault) => problems.push(HeaderProblem::BadMap { map: m.clone(), fault }),
        }
    }
    let mut out: Vec<Option<&'static str>> = Vec::with_capacity(header.len());
    for (i, cell) in header.iter().enumerate() {
        let n = normalize_header(cell);
        let field = user
            .iter()
            .find(|(c, _)| *c == n)
            .map(|(_, f)| *f)
            .or_else(|| fields.iter().find(|f| normalize_header(f) == n).copied())
            .or_else(|| aliases.iter().find(|(a, _)| normalize_header(a) == n).map(|(_, f)| *f));
        match field {
            Some(f) if out.contains(&Some(f)) => {
                problems.push(HeaderProblem::Twice { column: i + 1, name: cell.clone(), field: f })
            }
            Some(f) => out.push(Some(f)),
            // A blank header cell (Excel's trailing `;`) is no column; a value under one is
            // reported on its row.
            None if ignore_unknown || cell.trim().is_empty() => out.push(None),
            None => {
                problems.push(HeaderProblem::Unknown { column: i + 1, name: cell.clone() });
                out.push(None);
            }
        }
    }
    for f in required {
        if !out.contains(&Some(*f)) {
            let also = aliases.iter().filter(|(_, x)| x == f).map(|(a, _)| a.to_string()).collect();
            problems.push(HeaderProblem::Missing { field: f, also });
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_ignoring_case_space_and_punctuation() {
        assert_eq!(normalize_header(" Subject ID "), "subjectid");
        assert_eq!(normalize_header("subject_id"), "subjectid");
        assert_eq!(normalize_header("Ф.И.О."), "фио");
        assert_eq!(normalize_header("Дата  мероприятия"), "датамероприятия");
        assert_eq!(normalize_header("Отчёт"), "отчет");
    }

    #[test]
    fn header_mapping() {
        let fields = ["id", "subject_id", "event_date"];
        let aliases = [("ФИО", "subject_id"), ("Дата мероприятия", "event_date")];
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let got = map_header(&h(&["фио", "ДАТА МЕРОПРИЯТИЯ"]), &fields, &aliases, &[], &[], false);
        assert_eq!(got, Ok(vec![Some("subject_id"), Some("event_date")]));
        let got =
            map_header(&h(&["x", "event_date"]), &fields, &aliases, &["subject_id"], &[], false);
        let errs = got.expect_err("unknown and missing");
        assert!(errs.contains(&HeaderProblem::Unknown { column: 1, name: "x".into() }));
        let also = vec!["ФИО".to_owned()];
        assert!(errs.contains(&HeaderProblem::Missing { field: "subject_id", also }));
        let got = map_header(
            &h(&["Код", "event_date"]),
            &fields,
            &aliases,
            &[],
            &["Код=subject_id".into()],
            false,
        );
        assert_eq!(got, Ok(vec![Some("subject_id"), Some("event_date")]));
        let got = map_header(&h(&["x", "id"]), &fields, &aliases, &[], &[], true);
        assert_eq!(got, Ok(vec![None, Some("id")]));
    }
}
