//! Sending a reminder: an e-mail through an SMTP server (lettre; STARTTLS or TLS as the URL
//! says, a login when the URL names a user), a run of a command with the reminder as JSON on
//! its standard input, or an HTTP(S) POST of that JSON to a webhook (ureq). Either way the
//! outcome is the other side's answer, in its words.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use zeroize::Zeroizing;

/// How long a mail server may take.
const TIMEOUT: Duration = Duration::from_secs(30);

/// An e-mail to send.
pub struct Mail<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// An iCalendar invitation attached (an appointment's).
    pub ics: Option<Vec<u8>>,
}

/// What is wrong with an SMTP URL before anything is sent.
pub fn check_smtp_url(url: &str) -> Result<(), String> {
    let parsed = url::Url::parse(url).map_err(|e| e.to_string())?;
    if parsed.password().is_some() {
        return Err("a password in the address: set KABINET_SMTP_PASSWORD_FILE instead".into());
    }
    if !matches!(parsed.scheme(), "smtp" | "smtps") {
        return Err(format!("{}: not smtp:// or smtps://", parsed.scheme()));
    }
    SmtpTransport::from_url(url).map(|_| ()).map_err(|e| e.to_string())
}

/// A secret from the first line of the file `file_var` names, else from `env_var`.
fn secret(file_var: &str, env_var: &str) -> Result<Option<Zeroizing<String>>, String> {
    if let Some(file) = std::env::var_os(file_var) {
        let text = Zeroizing::new(std::fs::read_to_string(&file).map_err(|e| e.to_string())?);
        let line = text.lines().next().unwrap_or_default().trim_end_matches('\r').to_owned();
        return Ok(Some(Zeroizing::new(line)));
    }
    Ok(std::env::var(env_var).ok().filter(|p| !p.is_empty()).map(Zeroizing::new))
}

/// The SMTP password: `KABINET_SMTP_PASSWORD_FILE`'s first line, else `KABINET_SMTP_PASSWORD`.
fn smtp_password() -> Result<Option<Zeroizing<String>>, String> {
    secret("KABINET_SMTP_PASSWORD_FILE", "KABINET_SMTP_PASSWORD")
}

/// Sends `mail` through the server at `url`; the server's answer when it refuses.
pub fn send_mail(url: &str, mail: &Mail) -> Result<(), String> {
    check_smtp_url(url)?;
    let user = url::Url::parse(url).map(|u| u.username().to_owned()).unwrap_or_default();
    let mut builder =
        SmtpTransport::from_url(url).map_err(|e| e.to_string())?.timeout(Some(TIMEOUT));
    if !user.is_empty() {
        let pass = smtp_password()?
            .ok_or("the server needs a password: set KABINET_SMTP_PASSWORD_FILE")?;
        builder = builder.credentials(Credentials::new(user, pass.to_string()));
    }
    let message = message(mail)?;
    builder.build().send(&message).map(|_| ()).map_err(|e| e.to_string())
}

fn message(mail: &Mail) -> Result<Message, String> {
    let head = Message::builder()
        .from(mail.from.parse().map_err(|e| format!("from {}: {e}", mail.from))?)
        .to(mail.to.parse().map_err(|e| format!("to {}: {e}", mail.to))?)
        .subject(mail.subject);
    let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.body.to_owned());
    match &mail.ics {
        None => head.singlepart(text),
        Some(ics) => {
            let kind = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                .map_err(|e| e.to_string())?;
            let invitation = Attachment::new("appointment.ics".into()).body(ics.clone(), kind);
            head.multipart(MultiPart::mixed().singlepart(text).singlepart(invitation))
        }
    }
    .map_err(|e| e.to_string())
}

/// Runs `command` (its words split as a shell would, no shell run) with `json` on its
/// standard input; its standard error's first line when it fails.
pub fn run_command(command: &str, json: &str) -> Result<(), String> {
    let words = shell_words::split(command).map_err(|e| e.to_string())?;
    let (program, args) = words.split_first().ok_or("the command is empty")?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read it all (or ends at once) is judged by how it ends.
        match stdin.write_all(json.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.to_string()),
            _ => {}
        }
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if out.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&out.stderr);
    let first = said.lines().next().unwrap_or_default().trim();
    Err(format!("{program}: {} {first}", out.status).trim().to_owned())
}

/// The webhook's token: `KABINET_WEBHOOK_TOKEN_FILE`'s first line, else
/// `KABINET_WEBHOOK_TOKEN`.
fn webhook_token() -> Result<Option<Zeroizing<String>>, String> {
    secret("KABINET_WEBHOOK_TOKEN_FILE", "KABINET_WEBHOOK_TOKEN")
}

/// Posts `json` to `url` (with `Authorization: Bearer` and the token, when one is set); the
/// status and the first line of the answer when it is not a success.
pub fn post_json(url: &str, json: &str) -> Result<(), String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    let mut req = agent.post(url).header("Content-Type", "application/json; charset=utf-8");
    let token = webhook_token()?;
    if token.as_ref().is_some_and(|t| !t.bytes().all(|b| b.is_ascii_graphic())) {
        return Err("the webhook token holds a character a header cannot carry".into());
    }
    if let Some(t) = &token {
        req = req.header("Authorization", &format!("Bearer {}", t.as_str()));
    }
    let mut resp = req.send(json).map_err(|e| e.to_string())?;
    let status = resp.status();
    if status.is_success() {
        return Ok(());
    }
    let body = resp.body_mut().read_to_string().unwrap_or_default();
    let first = body.lines().next().unwrap_or_default().trim();
    Err(format!("HTTP {status} {first}").trim().to_owned())
}
