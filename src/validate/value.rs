//! One entry point for checking a single value of a named kind, as `kabinet validate` does.

use chrono::NaiveDate;

use super::dates::{self, DateError};
use super::{
    Problem, amount, dept_code, driver_license, email, format_dept_code, format_passport,
    format_snils, inn, ogrn, ogrnip, oktmo, oms, passport, phone, snils,
};

/// The kinds of value that can be checked on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Snils,
    Inn,
    Ogrn,
    Ogrnip,
    Passport,
    DeptCode,
    DriverLicense,
    Oms,
    Oktmo,
    Phone,
    Email,
    Date,
    Amount,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[
        Kind::Snils,
        Kind::Inn,
        Kind::Ogrn,
        Kind::Ogrnip,
        Kind::Passport,
        Kind::DeptCode,
        Kind::DriverLicense,
        Kind::Oms,
        Kind::Oktmo,
        Kind::Phone,
        Kind::Email,
        Kind::Date,
        Kind::Amount,
    ];

    /// The name used in messages: `snils: 112-233-445 96: …`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Snils => "snils",
            Kind::Inn => "inn",
            Kind::Ogrn => "ogrn",
            Kind::Ogrnip => "ogrnip",
            Kind::Passport => "passport",
            Kind::DeptCode => "dept-code",
            Kind::DriverLicense => "driver-license",
            Kind::Oms => "oms",
            Kind::Oktmo => "oktmo",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Date => "date",
            Kind::Amount => "amount",
        }
    }
}

impl Kind {
    /// The kind by its name (as [`Kind::name`] gives it).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.name() == name)
    }
}

/// Checks a value; returns its normal form.
pub fn check(kind: Kind, value: &str, today: NaiveDate) -> Result<String, Problem> {
    match kind {
        Kind::Snils => snils(value),
        Kind::Inn => inn(value),
        Kind::Ogrn => ogrn(value),
        Kind::Ogrnip => ogrnip(value),
        Kind::Passport => passport(value),
        Kind::DeptCode => dept_code(value),
        Kind::DriverLicense => driver_license(value),
        Kind::Oms => oms(value),
        Kind::Oktmo => oktmo(value),
        Kind::Phone => phone(value),
        Kind::Email => email(value),
        Kind::Amount => amount(value),
        Kind::Date => {
            dates::parse_date(value, today).map(dates::iso_date).map_err(DateError::date_problem)
        }
    }
}

/// The normal form as people write it: `112-233-445 95`, `45 06 123456`, `770-001`.
pub fn display(kind: Kind, normal: &str) -> String {
    match kind {
        Kind::Snils => format_snils(normal),
        Kind::Passport => format_passport(normal),
        Kind::DeptCode => format_dept_code(normal),
        _ => normal.to_owned(),
    }
}
