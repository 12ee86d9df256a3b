//! People bound to a country by the text itself (issue 3, item 2): names
//! the lexicon does not know, bound by apposition, resolve their later
//! mentions and the bare title they hold. The names are made up, so that
//! only the rule can resolve them.

use commitments::Commitment;

use crate::common;

const TITLE: &str = "Joint Statement between the Republic of Austria and \
                     the Kingdom of Cambodia\n\n";

fn extract(body: &str) -> Vec<(Vec<String>, String)> {
    let text = format!("{TITLE}{body}");
    let records = common::extractor().extract(&text);
    common::assert_spans(&text, &records);
    records.iter().map(who_and_what).collect()
}

fn who_and_what(r: &Commitment<'_>) -> (Vec<String>, String) {
    (
        r.actors.iter().map(|a| a.to_string()).collect(),
        r.content.text.to_string(),
    )
}

fn one(actor: &str, content: &str) -> (Vec<String>, String) {
    (vec![actor.to_string()], content.to_string())
}

#[test]
fn name_comma_title_of_country_binds_the_name_and_the_title() {
    let records = extract(
        "At the invitation of H.E. Rudolf Rassendyll, Minister of Foreign \
         Affairs and International Cooperation of the Republic of Austria, \
         the two ministers met in Phnom Penh.\n\n\
         Minister Rassendyll pledged to expand scholarships.\n\n\
         The Minister of Foreign Affairs and International Cooperation also \
         committed to open a consulate.\n",
    );
    assert_eq!(
        records,
        [one("AUT", "expand scholarships"), one("AUT", "open a consulate")]
    );
}

#[test]
fn title_name_of_country_and_demonym_title_name_bind() {
    let records = extract(
        "President Fritz von Tarlenheim of the Republic of Austria and \
         Cambodian Deputy Prime Minister Sok Vannak held talks.\n\n\
         Von Tarlenheim pledged to expand scholarships.\n\n\
         Vannak committed to open a consulate.\n\n\
         The Deputy Prime Minister also agreed to host the next meeting.\n",
    );
    assert_eq!(
        records,
        [
            one("AUT", "expand scholarships"),
            one("KHM", "open a consulate"),
            one("KHM", "host the next meeting"),
        ]
    );
}

#[test]
fn a_title_two_countries_hold_resolves_to_neither() {
    let records = extract(
        "Austrian President Rudolf Rassendyll and Cambodian President Sok \
         Vannak held talks.\n\n\
         The President pledged to expand scholarships.\n",
    );
    assert_eq!(records.len(), 1, "{records:?}");
    assert_ne!(records[0].0, ["AUT"]);
    assert_ne!(records[0].0, ["KHM"]);
}

#[test]
fn a_name_bound_to_two_countries_resolves_to_neither() {
    let records = extract(
        "Austrian Minister Anna Lee and Cambodian Minister Dara Lee met.\n\n\
         Minister Lee pledged to expand scholarships.\n",
    );
    assert_eq!(records.len(), 1, "{records:?}");
    assert_ne!(records[0].0, ["AUT"]);
    assert_ne!(records[0].0, ["KHM"]);
}

#[test]
fn a_known_leader_with_a_title_binds_the_title() {
    // Hun Manet is in the lexicon; `the Prime Minister` is not, until
    // the text gives him the title.
    let records = extract(
        "Prime Minister Hun Manet welcomed the visit.\n\n\
         The Prime Minister pledged to expand scholarships.\n",
    );
    assert_eq!(
        records,
        [one("KHM", "the visit"), one("KHM", "expand scholarships")]
    );
}

#[test]
fn a_title_followed_by_of_is_resolved_by_its_country() {
    let records = extract(
        "The President of the Republic of Austria pledged to expand \
         scholarships.\n",
    );
    assert_eq!(records, [one("AUT", "expand scholarships")]);
}

#[test]
fn an_acronym_the_text_defines_resolves_later() {
    // `the Royal Austrian Government (RAG)`: the lexicon knows `Austrian
    // Government`, not `RAG`; the text defines it.
    let records = extract(
        "The talks were facilitated by the Royal Austrian Government \
         (RAG).\n\n\
         The RAG pledged to expand scholarships.\n",
    );
    assert_eq!(records, [one("AUT", "expand scholarships")]);
}

#[test]
fn a_leader_named_in_full_is_then_called_by_family_name() {
    // The lexicon knows `Xi Jinping` and `Micheál Martin`; the text then
    // says `President Xi` and `Taoiseach Martin`.
    let text = "Joint Statement between China and Ireland\n\n\
                President Xi Jinping met Taoiseach Micheál Martin in Beijing. \
                President Xi reaffirmed support for Ireland's bid. Taoiseach \
                Martin will open a new consulate.\n";
    let records = common::extractor().extract(text);
    common::assert_spans(text, &records);
    let got: Vec<_> = records.iter().map(who_and_what).collect();
    assert_eq!(
        got,
        [one("CHN", "Ireland's bid"), one("IRL", "open a new consulate")]
    );
}

/// A leader the lexicon knows by full name (`Ferdinand Marcos Jr.`) is
/// also known after a title by family name alone (`President Marcos`),
/// but only in a text that names that leader's country: family names
/// recur the world over.
#[test]
fn a_known_family_name_after_a_title_in_a_text_naming_the_country() {
    let text = "Japan-Philippines Summit Meeting\n\n\
                President Marcos pledged to expand the coast guard.\n";
    let records = common::extractor().extract(text);
    assert_eq!(
        records.iter().map(who_and_what).collect::<Vec<_>>(),
        [one("PHL", "expand the coast guard")]
    );
    // Austria and Cambodia: this Marcos is not the Philippines'.
    let records = extract("President Marcos pledged to expand the port.\n");
    assert!(
        records.iter().all(|(actors, _)| !actors.contains(&"PHL".into())),
        "{records:?}"
    );
}

/// A name with particles (`Tahnoon bin Zayed Al Nahyan`) bound by `of
/// <country>` goes by its first word later (`Sheikh Tahnoon`) as by its
/// last; a title line of the statement is no adjective of the name that
/// opens the next paragraph, and an unbound titled name is no joint body.
#[test]
fn names_with_particles_and_unbound_titled_names() {
    let records = extract(
        "National Security Advisor Sheikh Tahnoon bin Zayed Al Nahyan of the \
         Republic of Austria met the delegation.\n\n\
         Sheikh Tahnoon pledged to expand scholarships.\n\n\
         President Zorblat pledged to build a port.\n",
    );
    assert_eq!(
        records,
        [
            one("AUT", "expand scholarships"),
            (Vec::new(), "build a port".to_string()),
        ]
    );
}

/// A family name with its particle (`Mohammed Shia al-Sudani`) is known
/// by the word after it (`Prime Minister Sudani`); a hyphenated given
/// name (`Ban Ki-moon`) gives no family name `Moon` of its own.
#[test]
fn family_names_after_particles_and_hyphens() {
    let text =
        "Joint Statement of the United States and the Republic of Iraq\n\n\
                Prime Minister Sudani pledged to reopen the pipeline.\n";
    let records = common::extractor().extract(text);
    assert_eq!(
        records.iter().map(who_and_what).collect::<Vec<_>>(),
        [one("IRQ", "reopen the pipeline")]
    );
    let text =
        "Joint Statement of the Republic of Korea and the United States\n\n\
                Moon Jae-in met the delegation. President Moon pledged to \
                expand exchanges.\n";
    let records = common::extractor().extract(text);
    assert_eq!(
        records.iter().map(who_and_what).collect::<Vec<_>>(),
        [one("KOR", "expand exchanges")]
    );
}

/// A person the lexicon knows by one country holds an office the text
/// names before the title: the office acts (`NATO Secretary General Mark
/// Rutte`), and a demonym before the title keeps the country.
#[test]
fn the_office_named_before_a_title_outranks_the_persons_country() {
    assert_eq!(
        extract(
            "NATO Secretary General Mark Rutte welcomed the decision. \
             Dutch Prime Minister Mark Rutte welcomed the plan. UN \
             Secretary-General António Guterres welcomed the ceasefire."
        ),
        [
            one("NATO", "the decision"),
            one("NLD", "the plan"),
            one("UN", "the ceasefire"),
        ]
    );
}
