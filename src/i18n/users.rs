//! Messages of users and their keys: who unlocks, the key file, the recovery key.

use super::prelude::*;

fn names(users: &[String]) -> String {
    users.join(", ")
}

pub fn keys_missing(path: &Path) -> String {
    tr!(
        format!(
            "the store's key file {} is missing: it holds every user's key, and without it the \
             store cannot be opened; put it back from where the store's backup is (a backup \
             `X.db` has its `X.db.keys` beside it)",
            p(path)
        ),
        format!(
            "нет файла ключей хранилища {}: в нём ключи всех пользователей, без него хранилище \
             не открыть; верните его из резервной копии (рядом с копией `X.db` лежит `X.db.keys`)",
            p(path)
        )
    )
}

pub fn keys_damaged(path: &Path, why: &str) -> String {
    tr!(
        format!("the store's key file {} is damaged: {why}", p(path)),
        format!("файл ключей хранилища {} повреждён: {why}", p(path))
    )
}

pub fn no_such_user(name: &str, users: &[String]) -> String {
    tr!(
        format!("no user {name} in this store; its users: {}", names(users)),
        format!("в хранилище нет пользователя {name}; его пользователи: {}", names(users))
    )
}

pub fn choose_user(users: &[String]) -> String {
    tr!(
        format!(
            "the store has several users ({}) and none is named as your login: say who you are \
             with --user NAME or KABINET_USER=NAME",
            names(users)
        ),
        format!(
            "у хранилища несколько пользователей ({}), и ни один не совпадает с вашим именем в \
             системе: укажите себя через --user ИМЯ или KABINET_USER=ИМЯ",
            names(users)
        )
    )
}

pub fn not_permitted(user: &str, role: crate::slots::Role, command: &str) -> String {
    let r = role_name(role);
    tr!(
        format!(
            "not permitted: {user} is a {r}, and a {r} may not run `kabinet {command}`; an admin \
             can change the role (`kabinet user role {user} ROLE`)"
        ),
        format!(
            "не разрешено: {user} — {r}, а {r} не может выполнять `kabinet {command}`; роль \
             меняет администратор (`kabinet user role {user} РОЛЬ`)"
        )
    )
}

pub fn user_added(name: &str, role: crate::slots::Role) -> String {
    tr!(
        format!("Added {name} ({})", role_name(role)),
        format!("Добавлен пользователь {name} ({})", role_name(role))
    )
}

pub fn role_set(name: &str, role: crate::slots::Role) -> String {
    tr!(format!("{name} is now {}", role_name(role)), format!("{name} теперь {}", role_name(role)))
}

pub fn confirm_remove_user(name: &str) -> String {
    tr!(
        format!("Remove {name} and encrypt the store again under a new key?"),
        format!("Удалить пользователя {name} и перешифровать хранилище новым ключом?")
    )
}

pub fn user_removed(name: &str) -> String {
    tr!(
        format!(
            "Removed {name}; the store is encrypted under a new key, and {name}'s passphrase opens nothing"
        ),
        format!(
            "Пользователь {name} удалён; хранилище перешифровано новым ключом, его пароль больше ничего не открывает"
        )
    )
}

pub fn kind_not_permitted(user: &str, kind: crate::domain::ItemKind, allowed: &[&str]) -> String {
    let (k, list) = (kind.code(), allowed.join(", "));
    tr!(
        format!("not permitted: {user} may see only {list}, not {k}"),
        format!("не разрешено: {user} видит только {list}, но не {k}")
    )
}

pub fn last_admin(name: &str) -> String {
    tr!(
        format!("{name} is the store's last admin: make another user admin first"),
        format!(
            "{name} — последний администратор хранилища: сначала назначьте администратором другого"
        )
    )
}

pub fn user_exists(name: &str) -> String {
    tr!(format!("a user {name} exists already"), format!("пользователь {name} уже есть"))
}

/// Said once when a store made before users gets its key file.
pub fn upgraded_to_users(user: &str, keys: &Path) -> String {
    tr!(
        format!(
            "the store now has users: you are its admin {user}, with the same passphrase; their \
             keys are in {} (back it up with the store); make a recovery key with `kabinet user \
             recovery-key`",
            p(keys)
        ),
        format!(
            "у хранилища теперь есть пользователи: вы — его администратор {user}, пароль прежний; \
             ключи хранятся в {} (копируйте его вместе с хранилищем); создайте ключ \
             восстановления командой `kabinet user recovery-key`",
            p(keys)
        )
    )
}

/// The recovery key, shown once.
pub fn recovery_key(code: &str) -> String {
    tr!(
        format!(
            "Recovery key (shown only now; write it down and keep it in a safe — with it \
             `kabinet user recover` sets a new passphrase; without it or a passphrase the data \
             cannot be read by anyone):\n  {code}"
        ),
        format!(
            "Ключ восстановления (показывается только сейчас; запишите его и храните в сейфе — \
             с ним `kabinet user recover` задаёт новый пароль; без него и без пароля данные не \
             прочитать никому):\n  {code}"
        )
    )
}

pub fn user_created(name: &str, key_id: &str) -> String {
    tr!(
        format!("Its first user: {name} (admin), signing key {key_id}"),
        format!("Первый пользователь: {name} (администратор), ключ подписи {key_id}")
    )
}

pub fn role_name(role: crate::slots::Role) -> String {
    use crate::slots::Role;
    match role {
        Role::Admin => tr!("admin", "администратор"),
        Role::Editor => tr!("editor", "редактор"),
        Role::Reader => tr!("reader", "читатель"),
    }
}

pub fn user_headers() -> Vec<String> {
    vec![
        tr!("Name", "Имя"),
        tr!("Role", "Роль"),
        tr!("Kinds", "Виды"),
        tr!("Created", "Создан"),
        tr!("Last change", "Изменён"),
        tr!("Signing key", "Ключ подписи"),
    ]
}

pub fn all_kinds() -> String {
    tr!("all", "все")
}

pub fn prompt_recovery_key() -> String {
    tr!("Recovery key", "Ключ восстановления")
}

pub fn bad_recovery_key() -> String {
    tr!(
        "that is not a recovery key: 30 letters and digits, as `kabinet init` printed them",
        "это не ключ восстановления: 30 букв и цифр, как их напечатал `kabinet init`"
    )
}

pub fn wrong_recovery_key() -> String {
    tr!(
        "the recovery key does not open this store",
        "ключ восстановления не подходит к этому хранилищу"
    )
}

pub fn no_recovery_key_source() -> String {
    tr!(
        "no recovery key: give --recovery-key-file FILE or KABINET_RECOVERY_KEY_FILE, or run on a terminal",
        "нет ключа восстановления: укажите --recovery-key-file ФАЙЛ или KABINET_RECOVERY_KEY_FILE либо запустите в терминале"
    )
}

pub fn passphrase_reset(name: &str) -> String {
    tr!(
        format!("{name} has a new passphrase; the store is encrypted under a new key"),
        format!("у {name} новый пароль; хранилище перешифровано новым ключом")
    )
}

pub fn recovery_sheet_title() -> String {
    tr!("kabinet recovery key", "Ключ восстановления kabinet")
}

pub fn recovery_sheet_lines(store: &Path, user: &str, when: &str) -> Vec<String> {
    vec![
        tr!(format!("Store: {}", p(store)), format!("Хранилище: {}", p(store))),
        tr!(format!("Made by: {user}, {when}"), format!("Создан: {user}, {when}")),
    ]
}

pub fn recovery_sheet_how() -> String {
    tr!(
        "If a passphrase is forgotten: kabinet user recover --user NAME, then type this key and          the new passphrase. Anyone holding this page can do the same: keep it in a safe. A new          key made with `kabinet user recovery-key` makes this one useless.",
        "Если пароль забыт: kabinet user recover --user ИМЯ, затем введите этот ключ и новый          пароль. Любой, у кого есть этот лист, может сделать то же самое: храните его в сейфе.          Новый ключ, созданный командой `kabinet user recovery-key`, делает этот недействительным."
    )
}

pub fn rekeyed() -> String {
    tr!(
        "the store is encrypted under a new key, sealed to every user",
        "хранилище перешифровано новым ключом, он передан всем пользователям"
    )
}

/// What the check of the log's signatures found.
pub fn signature_finding(f: &crate::store::verify::Finding) -> String {
    use crate::store::verify::{Differs, Finding as F};
    match f {
        F::Unsigned(seq) => tr!(
            format!("audit trail: entry {seq} is not signed (written outside kabinet)"),
            format!("журнал изменений: запись {seq} не подписана (внесена вне kabinet)")
        ),
        F::BadSignature(seq) => tr!(
            format!(
                "audit trail: the signature of entry {seq} does not match (changed after it was signed)"
            ),
            format!("журнал изменений: подпись записи {seq} не совпадает (изменена после подписи)")
        ),
        F::UnknownKey { seq, key } => tr!(
            format!("audit trail: entry {seq} is signed by key {key}, which belongs to no user"),
            format!(
                "журнал изменений: запись {seq} подписана ключом {key}, не принадлежащим ни одному пользователю"
            )
        ),
        F::RetiredKey { seq, user } => tr!(
            format!(
                "audit trail: entry {seq} is signed by a key {user} no longer had (removed or replaced)"
            ),
            format!(
                "журнал изменений: запись {seq} подписана ключом, которого у {user} уже не было (удалён или заменён)"
            )
        ),
        F::WrongSigner { seq, named, signer } => tr!(
            format!("audit trail: entry {seq} names {named} but is signed by {signer}"),
            format!("журнал изменений: запись {seq} называет {named}, а подписана {signer}")
        ),
        F::NotAllowed { seq, user, role, action, item } => {
            let what = match item {
                Some(i) => format!("{action} {i}"),
                None => action.clone(),
            };
            let role = role_name(*role);
            tr!(
                format!(
                    "audit trail: entry {seq} ({what}) was made by {user}, whose role ({role}) did not allow it then"
                ),
                format!(
                    "журнал изменений: запись {seq} ({what}) сделана {user}, чья роль ({role}) тогда этого не позволяла"
                )
            )
        }
        F::SigningRestarted(seq) => tr!(
            format!(
                "audit trail: entry {seq} begins signing a second time (the store's record of its start was removed)"
            ),
            format!(
                "журнал изменений: запись {seq} начинает подписи второй раз (отметка о начале удалена из хранилища)"
            )
        ),
        F::SigningNeverBegan => tr!(
            "audit trail: the store has users but its log never began signing (the start was removed)",
            "журнал изменений: у хранилища есть пользователи, но подписи в журнале не начаты (начало удалено)"
        ),
        F::UserNotLogged(user) => tr!(
            format!(
                "key file: user {user} was never added by a signed entry (added outside kabinet)"
            ),
            format!(
                "файл ключей: пользователь {user} не добавлен ни одной подписанной записью (добавлен вне kabinet)"
            )
        ),
        F::UserGone(user) => tr!(
            format!("key file: user {user} is missing, though no signed entry removed them"),
            format!(
                "файл ключей: нет пользователя {user}, хотя ни одна подписанная запись его не удаляла"
            )
        ),
        F::UserDiffers { user, differs } => match differs {
            Differs::Role { logged, kept } => {
                let (logged, kept) = (role_name(*logged), role_name(*kept));
                tr!(
                    format!(
                        "key file: {user} is {kept}, but the signed log made them {logged} (changed outside kabinet)"
                    ),
                    format!(
                        "файл ключей: {user} — {kept}, а по подписанному журналу — {logged} (изменено вне kabinet)"
                    )
                )
            }
            Differs::Kinds => tr!(
                format!(
                    "key file: the kinds {user} may see differ from the signed log (changed outside kabinet)"
                ),
                format!(
                    "файл ключей: виды записей, доступные {user}, не совпадают с подписанным журналом (изменено вне kabinet)"
                )
            ),
            Differs::Key => tr!(
                format!(
                    "key file: {user}'s signing key differs from the signed log (changed outside kabinet)"
                ),
                format!(
                    "файл ключей: ключ подписи {user} не совпадает с подписанным журналом (изменён вне kabinet)"
                )
            ),
        },
        _ => String::new(),
    }
}

/// What the check of signatures looked at, for `verify`'s line.
pub fn signatures_checked(s: &crate::store::verify::Summary) -> String {
    let (signed, before, keys) = (s.signed, s.before, s.signers.len());
    match (keys, before) {
        (0, _) => tr!(
            "the log is not signed (a store without users)",
            "журнал не подписан (хранилище без пользователей)"
        ),
        (_, 0) => tr!(
            format!("{signed} entries signed by their authors (keys of {keys} users)"),
            format!("подписано авторами записей: {signed} (ключи {keys} польз.)")
        ),
        _ => tr!(
            format!(
                "{signed} entries signed by their authors (keys of {keys} users), {before} from before signing began"
            ),
            format!(
                "подписано авторами записей: {signed} (ключи {keys} польз.), сделано до начала подписей: {before}"
            )
        ),
    }
}

pub fn session_needs_users() -> String {
    tr!(
        "this store has no key file yet: open it once (any command) so it gets its users, then unlock it",
        "у этого хранилища ещё нет файла ключей: откройте его один раз (любой командой), чтобы появились пользователи, затем разблокируйте"
    )
}

pub fn keyring_failed(why: &str) -> String {
    tr!(
        format!(
            "cannot hold the key in the kernel keyring ({why}); nothing is held — give the passphrase to each command as before"
        ),
        format!(
            "не удалось сохранить ключ в связке ключей ядра ({why}); ничего не сохранено — вводите пароль для каждой команды, как раньше"
        )
    )
}

pub fn unlocked(user: &str, ends: &str, limit: &str) -> String {
    tr!(
        format!(
            "Unlocked for {user} in this login session: until {ends} without use, {limit} at the latest; `kabinet lock` forgets it now"
        ),
        format!(
            "Разблокировано для {user} в этом сеансе: до {ends} без работы, не позже {limit}; `kabinet lock` забывает ключ сейчас"
        )
    )
}

pub fn unlocked_status(user: &str, ends: &str, limit: &str) -> String {
    tr!(
        format!("unlocked for {user}: until {ends} without use, {limit} at the latest"),
        format!("разблокировано для {user}: до {ends} без работы, не позже {limit}")
    )
}

pub fn locked_status(user: &str) -> String {
    tr!(
        format!(
            "locked for {user}: each command asks for the passphrase (`kabinet unlock` to type it once)"
        ),
        format!(
            "заблокировано для {user}: каждая команда спрашивает пароль (`kabinet unlock` — ввести его один раз)"
        )
    )
}

pub fn locked() -> String {
    tr!(
        "Locked: the key held for this session is forgotten",
        "Заблокировано: ключ этого сеанса забыт"
    )
}

pub fn was_not_unlocked() -> String {
    tr!(
        "The store was not unlocked in this session",
        "Хранилище не было разблокировано в этом сеансе"
    )
}

pub fn shell_needs_terminal() -> String {
    tr!(
        "the shell is for a terminal: a script runs the commands directly (`kabinet record list …`)",
        "оболочка — для терминала: сценарий вызывает команды напрямую (`kabinet record list …`)"
    )
}

pub fn shell_in_shell() -> String {
    tr!("already in the shell", "оболочка уже открыта")
}

pub fn shell_unbalanced_quote() -> String {
    tr!("a quote is not closed: nothing was run", "кавычка не закрыта: ничего не выполнено")
}

pub fn shell_welcome() -> String {
    tr!(
        "kabinet shell: type a command as on the command line (`help` lists them); Tab completes; Ctrl-D leaves",
        "оболочка kabinet: вводите команды как в командной строке (`help` — список); Tab дополняет; Ctrl-D — выход"
    )
}

pub fn config_duration(value: &str) -> String {
    tr!(
        format!("{value:?} is not a time-out: give 90s, 15m or 2h"),
        format!("{value:?} — не время ожидания: укажите 90s, 15m или 2h")
    )
}
