//! Messages of the office server: where it is, what it refused, what `server init` made.

use super::prelude::*;

pub fn server_url(why: &str) -> String {
    tr!(
        format!(
            "not an office server address ({why}): give postgresql://host:port/database?user=NAME or postgresql:///database?host=/run/postgresql"
        ),
        format!(
            "это не адрес сервера учреждения ({why}): укажите postgresql://хост:порт/база?user=ИМЯ или postgresql:///база?host=/run/postgresql"
        )
    )
}

pub fn server_password_in_url() -> String {
    tr!(
        "the server address holds a password: anyone on this machine could read it there. Put it in ~/.pgpass (mode 0600), a file named by PGPASSFILE, or a file named by KABINET_SERVER_PASSWORD_FILE",
        "в адресе сервера есть пароль: там его может прочесть любой на этой машине. Запишите его в ~/.pgpass (права 0600), в файл из PGPASSFILE или в файл из KABINET_SERVER_PASSWORD_FILE"
    )
}

pub fn server_unreachable(at: &str, why: &str) -> String {
    tr!(
        format!("the office server at {at} does not answer: {why}"),
        format!("сервер учреждения {at} не отвечает: {why}")
    )
}

pub fn server_refused(at: &str, user: &str, why: &str) -> String {
    tr!(
        format!("the office server at {at} refused the login of {user}: {why}"),
        format!("сервер учреждения {at} не пустил {user}: {why}")
    )
}

pub fn server_denied(at: &str, user: &str, why: &str) -> String {
    tr!(
        format!("not permitted: the office server at {at} refused it to {user} ({why})"),
        format!("нет прав: сервер учреждения {at} не разрешил это {user} ({why})")
    )
}

pub fn server_office_exists(at: &str, office: &str) -> String {
    tr!(
        format!("the office server at {at} already has an office {office:?}: nothing changed"),
        format!("на сервере учреждения {at} уже есть учреждение {office:?}: ничего не изменено")
    )
}

pub fn server_failed(at: &str, why: &str) -> String {
    tr!(format!("the office server at {at}: {why}"), format!("сервер учреждения {at}: {why}"))
}

pub fn server_not_yet(at: &str) -> String {
    tr!(
        format!(
            "{at} is an office server: `kabinet server init` makes an office there; this command works on a local store only for now"
        ),
        format!(
            "{at} — сервер учреждения: учреждение на нём создаёт `kabinet server init`; эта команда пока работает только с локальным хранилищем"
        )
    )
}

pub fn server_office_made(office: &str, id: i16, at: &str) -> String {
    tr!(
        format!("Office {office:?} (number {id}) made on the server at {at}"),
        format!("Учреждение {office:?} (номер {id}) создано на сервере {at}")
    )
}

pub fn server_for_dba(sql: &str) -> String {
    tr!(
        format!(
            "Your server role may not make login roles: ask the server's administrator to run\n  {sql}"
        ),
        format!(
            "Вашей роли на сервере нельзя создавать роли входа: попросите администратора сервера выполнить\n  {sql}"
        )
    )
}

pub fn server_login_in(user: &str, group: &str) -> String {
    tr!(
        format!(
            "Server login role {user} is in {group}; if it is new, give it a password (psql: \\password {user})"
        ),
        format!(
            "Роль входа {user} на сервере входит в {group}; если она новая, задайте ей пароль (psql: \\password {user})"
        )
    )
}

pub fn server_login_out(user: &str) -> String {
    tr!(
        format!("Server login role {user} is in no kabinet group now: the server refuses it"),
        format!(
            "Роль входа {user} на сервере больше не входит ни в одну группу kabinet: сервер её не пустит"
        )
    )
}

pub fn not_on_server() -> String {
    tr!(
        "this is a local store's, not an office server's: an office's data key does not change (its log and look-up hashes hang on it), so `rekey` is for a store file; on a server a removed clerk is shut out by the server refusing their login, and `passwd` changes your own passphrase".to_owned(),
        "это команда локального хранилища, не сервера учреждения: ключ данных учреждения не меняется (на нём держатся журнал изменений и хеши поиска), поэтому `rekey` — для файла хранилища; на сервере удалённого сотрудника не пускает сам сервер, а свой пароль меняет `passwd`".to_owned()
    )
}

pub fn no_office(at: &str, asked: Option<&str>, offices: &[String]) -> String {
    let list = if offices.is_empty() { "—".to_owned() } else { offices.join(", ") };
    match asked {
        Some(name) => tr!(
            format!("the server at {at} has no office \"{name}\" (it has: {list})"),
            format!("на сервере {at} нет учреждения «{name}» (есть: {list})")
        ),
        None if offices.is_empty() => tr!(
            format!("the server at {at} has no office yet: make one with `kabinet server init`"),
            format!(
                "на сервере {at} ещё нет учреждения: создайте его командой `kabinet server init`"
            )
        ),
        None => tr!(
            format!(
                "the server at {at} has several offices ({list}): name one with office=NAME in the address"
            ),
            format!(
                "на сервере {at} несколько учреждений ({list}): укажите одно параметром office=ИМЯ в адресе"
            )
        ),
    }
}

pub fn push_taken(item: &str) -> String {
    tr!(
        format!(
            "the office already has another item numbered {item}: a store is pushed into a new office (or the office it was pushed into before); nothing of this batch was kept"
        ),
        format!(
            "в учреждении уже есть другая запись под номером {item}: хранилище переносится в новое учреждение (или в то, куда переносилось раньше); ничего из этой порции не сохранено"
        )
    )
}

pub fn pushed(items: usize, had: usize, entries: usize, deliveries: usize) -> String {
    let reminders = match deliveries {
        0 => String::new(),
        n => tr!(
            format!("; {n} reminder(s) already sent or tried, not sent again"),
            format!("; напоминаний, уже отправленных или начатых: {n}, повторно не отправляются")
        ),
    };
    tr!(
        format!(
            "Pushed: {items} item(s) added ({had} already there), {entries} log entr(y/ies) carried, each signed by you with the original kept{reminders}"
        ),
        format!(
            "Перенесено: добавлено записей {items} (уже были: {had}), перенесено записей журнала изменений {entries}, каждая подписана вами, исходная подпись сохранена{reminders}"
        )
    )
}

pub fn carried_command(command: &str, store: &str, seq: i64) -> String {
    let short: String = store.chars().take(8).collect();
    tr!(
        format!("{command} (carried: entry {seq} of {short}…)"),
        format!("{command} (перенесено: запись {seq} из {short}…)")
    )
}

pub fn server_format(at: &str, found: i64, known: i64) -> String {
    if found < known {
        tr!(
            format!(
                "the kabinet schema on the server at {at} is of format {found}, older than this kabinet's {known}: the server's administrator upgrades it with `kabinet server init URL` (every office is kept); nothing was changed"
            ),
            format!(
                "схема kabinet на сервере {at} формата {found}, старше формата этой версии ({known}): администратор сервера обновляет её командой `kabinet server init URL` (все учреждения сохраняются); ничего не изменено"
            )
        )
    } else {
        tr!(
            format!(
                "the kabinet schema on the server at {at} is of format {found}, newer than this kabinet's {known}: use a newer kabinet; nothing was changed"
            ),
            format!(
                "схема kabinet на сервере {at} формата {found}, новее формата этой версии ({known}): нужна более новая версия kabinet; ничего не изменено"
            )
        )
    }
}

pub fn restore_onto_server() -> String {
    tr!(
        "restore puts a copy in place of a store file; an office's log on the server is insert-only and is not rolled back: put the copy into a new office instead (kabinet --store COPY.db push --to URL)".to_owned(),
        "restore ставит копию на место файла хранилища; журнал изменений учреждения на сервере только дополняется и назад не откатывается: перенесите копию в новое учреждение (kabinet --store КОПИЯ.db push --to URL)".to_owned()
    )
}

pub fn push_from_server() -> String {
    tr!(
        "push moves a local store (--store FILE) into an office (--to URL); --store names an office server".to_owned(),
        "push переносит локальное хранилище (--store ФАЙЛ) в учреждение (--to URL); --store указывает на сервер учреждения".to_owned()
    )
}
