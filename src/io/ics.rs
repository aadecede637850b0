//! iCalendar (RFC 5545) output: appointments as timed events with reminders 24 hours and one
//! hour before, deadlines as events on their day. UIDs come from the items' UUIDs, so a calendar
//! app that imports a newer export updates its events instead of adding copies. Times are
//! written in UTC, converted from the store's time zone. Escaping and 75-octet line folding are
//! the `icalendar` crate's; each event is written as it is made, so a calendar of 100,000
//! appointments holds one event in memory, not the calendar.

use std::io::Write;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Alarm, Calendar, Component, EventLike, EventStatus, Property};

use super::{Error, Result};
use crate::domain::ItemId;
use crate::domain::appt::{Appointment, ApptStatus, Reminders};
use crate::domain::deadline::{Deadline, What};

/// A calendar being written.
pub struct Ics<'w> {
    out: &'w mut dyn Write,
    /// DTSTAMP of every event: when the export was made (the pinned "now" in tests).
    stamp: DateTime<Utc>,
    zone: Tz,
    reminders: &'w Reminders,
}

/// The last line of a calendar, which [`Ics::finish`] writes after the events.
const END: &str = "END:VCALENDAR\r\n";

fn ics_error(e: std::fmt::Error) -> Error {
    Error::Format(format!("iCalendar: {e}"))
}

impl<'w> Ics<'w> {
    /// Writes the calendar's head to `out`. `now` is the store's wall-clock "now" in `zone`;
    /// appointments remind at `reminders`.
    pub fn new(
        out: &'w mut dyn Write,
        name: &str,
        now: NaiveDateTime,
        zone: Tz,
        reminders: &'w Reminders,
    ) -> Result<Ics<'w>> {
        let mut cal = Calendar::empty();
        cal.append_property(Property::new("VERSION", "2.0"))
            .append_property(Property::new(
                "PRODID",
                concat!("-//kabinet//kabinet ", env!("CARGO_PKG_VERSION"), "//RU"),
            ))
            .append_property(Property::new("CALSCALE", "GREGORIAN"))
            .append_property(Property::new("METHOD", "PUBLISH"))
            .name(name);
        let head = cal.to_string();
        out.write_all(head.strip_suffix(END).unwrap_or(&head).as_bytes())?;
        Ok(Ics { out, stamp: utc(zone, now), zone, reminders })
    }

    fn write(&mut self, e: &icalendar::Event) -> Result<()> {
        let text = e.try_into_string().map_err(ics_error)?;
        self.out.write_all(text.as_bytes())?;
        Ok(())
    }

    /// One appointment: a timed event with its office as the location, `description` (who,
    /// what to bring, in the reader's language) and, while scheduled, its reminders. SEQUENCE
    /// is the number of reschedules, so a calendar app takes the newest time.
    pub fn appointment(
        &mut self,
        a: &Appointment,
        reschedules: usize,
        description: &str,
    ) -> Result<()> {
        let d = &a.data;
        let start = utc(self.zone, d.starts_at);
        let mut e = icalendar::Event::new();
        e.uid(&format!("{}@kabinet", a.uuid))
            .timestamp(self.stamp)
            .summary(&format!("{}: {}", d.institution, d.service))
            .starts(start)
            .ends(start + Duration::minutes(d.duration_min))
            .sequence(u32::try_from(reschedules).unwrap_or(u32::MAX))
            .status(match a.status {
                ApptStatus::Cancelled => EventStatus::Cancelled,
                _ => EventStatus::Confirmed,
            });
        if let Some(office) = &d.office {
            e.location(office);
        }
        e.description(description);
        if a.status == ApptStatus::Scheduled {
            self.reminders(
                &mut e,
                a.item_id(),
                &a.uuid,
                &format!("{}: {}", d.institution, d.service),
            );
        }
        self.write(&e.done())
    }

    /// One deadline: an appointment at its time with its reminders, anything else as an
    /// all-day event on the day it is due.
    pub fn deadline(&mut self, d: &Deadline, text: &str) -> Result<()> {
        let mut e = icalendar::Event::new();
        let suffix = match d.what {
            What::DocExpires { .. } => "expires",
            What::Appointment { .. } => "appt",
            What::FollowUp { .. } => "follow-up",
            What::Obligation { .. } => "obligation",
            What::Application { .. } => "application",
        };
        e.uid(&format!("{}-{suffix}@kabinet", d.uuid))
            .timestamp(self.stamp)
            .summary(&format!("{}: {text}", d.item))
            .description(&d.item.to_string());
        match &d.what {
            What::Appointment { starts_at, .. } => {
                e.starts(utc(self.zone, *starts_at));
                self.reminders(&mut e, d.item, &format!("{}-{suffix}", d.uuid), text);
            }
            _ => {
                e.starts(d.due).ends(next_day(d.due));
            }
        }
        self.write(&e.done())
    }

    fn reminders(&self, e: &mut icalendar::Event, item: ItemId, uid: &str, text: &str) {
        for minutes in self.reminders.minutes() {
            let before = Duration::minutes(*minutes);
            let mut alarm = Alarm::display(&format!("{item} {text}"), -before);
            // Fixed UIDs and stamp: the same store exports the same bytes.
            let tag = if minutes % 60 == 0 {
                format!("{}h", minutes / 60)
            } else {
                format!("{minutes}m")
            };
            alarm.uid(&format!("{uid}-{tag}@kabinet")).timestamp(self.stamp);
            e.alarm(alarm);
        }
    }

    /// Ends the calendar (RFC 5545 text: CRLF line ends, folded lines).
    pub fn finish(self) -> Result<()> {
        self.out.write_all(END.as_bytes())?;
        Ok(())
    }
}

fn next_day(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

/// A wall-clock time in `zone` as UTC. In a daylight-saving gap (not in Russia since 2014, but
/// a store may be kept elsewhere) the time is read as if the clocks had already moved.
fn utc(zone: Tz, t: NaiveDateTime) -> DateTime<Utc> {
    zone.from_local_datetime(&t)
        .earliest()
        .or_else(|| zone.from_local_datetime(&(t + Duration::hours(1))).earliest())
        .map_or_else(|| Utc.from_utc_datetime(&t), |z| z.with_timezone(&Utc))
}
