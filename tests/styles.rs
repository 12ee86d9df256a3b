//! The styles of diplomatic text (issue 3, item 3) beyond the bilateral
//! joint statement: resolutions with an adopting body and operative
//! paragraphs, and treaties with `shall`, `shall not`, `Neither Party`
//! and `may`.

use commitments::{Commitment, Kind, Polarity, Strength};

use crate::common;

fn extract(text: &str) -> Vec<Commitment<'_>> {
    let records = common::extractor().extract(text);
    common::assert_spans(text, &records);
    records
}

fn summary(records: &[Commitment<'_>]) -> Vec<String> {
    records
        .iter()
        .map(|r| {
            let actors: Vec<&str> =
                r.actors.iter().map(|a| a.as_str()).collect();
            format!(
                "{} {} {} {} | {}",
                actors.join("+"),
                r.kind.as_str(),
                r.polarity.as_str(),
                r.trigger.text,
                r.content.text
            )
        })
        .collect()
}

/// Paragraphs of General Assembly resolution ES-11/1 (2 March 2022).
const RESOLUTION: &str = "\
Resolution adopted by the General Assembly on 2 March 2022

ES-11/1. Aggression against Ukraine

The General Assembly,

Reaffirming the paramount importance of the Charter of the United \
Nations in the promotion of the rule of law among nations,

1. Reaffirms its commitment to the sovereignty, independence, unity and \
territorial integrity of Ukraine within its internationally recognized \
borders, extending to its territorial waters;

2. Deplores in the strongest terms the aggression by the Russian \
Federation against Ukraine in violation of Article 2 (4) of the Charter;

3. Demands that the Russian Federation immediately cease its use of force \
against Ukraine;

4. Calls upon all States to refrain from any threat or use of force;

5. Urges the parties to immediately comply with their obligations under \
international humanitarian law;

6. Requests the Secretary-General to report on the implementation of the \
present resolution;

7. Decides to adjourn the eleventh emergency special session of the \
General Assembly temporarily.
";

#[test]
fn operative_paragraphs_are_commitments_of_the_adopting_body() {
    let records = extract(RESOLUTION);
    let kinds: Vec<(Kind, &str)> =
        records.iter().map(|r| (r.kind, r.trigger.text)).collect();
    assert_eq!(
        kinds,
        [
            (Kind::Undertaking, "commitment to"),
            (Kind::Opposition, "Deplores"),
            (Kind::Appeal, "Demands"),
            (Kind::Appeal, "Calls upon"),
            (Kind::Appeal, "Urges"),
            (Kind::Appeal, "Requests"),
            (Kind::Undertaking, "Decides to"),
        ],
        "{:#?}",
        summary(&records)
    );
    for r in &records {
        assert_eq!(r.actors, ["UNGA"], "{:#?}", summary(&records));
        assert!(r.inherited, "named before the paragraph: {:?}", r.trigger);
        assert_eq!(r.actor_text.map(|a| a.text), Some("The General Assembly"));
    }
    // The manner phrase is strength, not content.
    let deplores = &records[1];
    assert!(deplores.content.text.starts_with("the aggression"));
    assert_eq!(deplores.strength.as_str(), "firm");
    assert!(records[3].content.text.starts_with("refrain from"));
}

#[test]
fn an_operative_verb_needs_an_adopting_body() {
    // The same paragraphs without `The General Assembly,` have no actor.
    let text = RESOLUTION.replace("The General Assembly,\n", "");
    let records = extract(&text);
    assert!(
        records.iter().all(|r| r.actors.is_empty()),
        "{:#?}",
        summary(&records)
    );
}

const TREATY: &str = "\
Agreement between the Government of Japan and the Government of the \
Republic of India

Article 1
Each Party shall promote investment in its territory.

Article 2
Neither Party shall impose export duties on goods of the other Party.

Article 3
The Parties shall not apply measures that discriminate between investors.

Article 4
A Party may adopt measures necessary to protect public morals.

Article 5
This Agreement shall apply to investments made before its entry into \
force, and shall enter into force on the thirtieth day after signature.
";

#[test]
fn treaty_obligations_and_rights() {
    let records = extract(TREATY);
    assert_eq!(
        summary(&records),
        [
            "IND+JPN undertaking affirmative shall | promote investment in \
             its territory",
            "IND+JPN undertaking negative shall | impose export duties on \
             goods of the other Party",
            "IND+JPN undertaking negative shall | apply measures that \
             discriminate between investors",
        ]
    );
    assert!(records.iter().all(|r| r.paragraph.is_none()));
    assert_eq!(records[1].polarity, Polarity::Negative);
}

#[test]
fn a_relative_clause_after_the_party_keeps_it_the_subject() {
    let text = "\
Agreement between the Government of New Zealand and the Government of the \
Republic of Korea

A Party that intends to adopt a measure shall notify the other Party in \
advance. The Parties, which are members of the WTO, shall cooperate. \
Those who travel irregularly should understand the risks.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "KOR+NZL undertaking affirmative shall | notify the other Party in \
             advance",
            "KOR+NZL undertaking affirmative shall | cooperate",
        ]
    );
}

#[test]
fn treaty_deadlines_and_requests_are_no_negation_nor_appeal() {
    let text = "\
Agreement between Ireland and the United Kingdom

Ireland shall not later than 1 July 1975 eliminate quantitative \
restrictions. Upon request of the other Party, a Party shall provide \
information.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IRL undertaking affirmative shall | eliminate quantitative \
             restrictions",
            "GBR+IRL undertaking affirmative shall | provide information",
        ]
    );
}

#[test]
fn article_headings_are_blocks_of_their_own() {
    let sentences = common::extractor().sentences(TREATY);
    let texts: Vec<&str> = sentences.iter().map(|s| s.text).collect();
    assert!(texts.contains(&"Article 3"), "{texts:#?}");
    assert!(texts.contains(
        &"The Parties shall not apply measures that discriminate between \
          investors."
    ));
}

#[test]
fn a_text_or_a_plan_as_subject_commits_no_one() {
    // From a White House fact sheet: the agreement "will build upon" is
    // what the text does, not a commitment of the parties; the parties'
    // own commitments around it stay.
    let text = "\
Joint Statement on United States-Cambodia Agreement on Reciprocal Trade

The Agreement on Reciprocal Trade will build upon our longstanding \
economic relationship. Cambodia commits to eliminate tariffs on U.S. \
industrial goods. The Working Group of the two countries will meet \
every year.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "KHM undertaking affirmative commits to | eliminate tariffs on \
             U.S. industrial goods",
            "KHM+USA undertaking affirmative will | meet every year",
        ]
    );
}

#[test]
fn a_treaty_names_its_parties_before_hereinafter() {
    // The ToTA treaties open with their preamble, no title: the parties
    // are named before `(hereinafter ...)`, the rest of the preamble
    // names others (`ASEAN`, `the WTO Agreement`).
    let text = "Preamble  Japan and the Kingdom of Thailand (hereinafter \
                referred to in this Agreement as \u{201c}the Parties\u{201d}), \
                Conscious of their ties within ASEAN and under the WTO \
                Agreement,\n\nArticle 1\nEach Party shall publish its laws.\n";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        ["JPN+THA undertaking affirmative shall | publish its laws"]
    );
}

#[test]
fn a_memorandum_names_its_participants_after_a_long_title() {
    // A title too long to be a heading, naming a topic; the parties are
    // in the opening sentence, bracketed labels and all.
    let text = "\
Memorandum of Understanding on the Principles of an India – Middle East – Europe Economic Corridor

Pursuant to this Memorandum of Understanding, the Governments of the \
Kingdom of Saudi Arabia, the Republic of India, the United Arab Emirates \
(UAE), and the United States of America (the “Participants”) commit to \
work together.

Participants intend to meet within sixty days.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "ARE+IND+SAU+USA undertaking affirmative commit to | work \
             together",
            "ARE+IND+SAU+USA undertaking affirmative intend to | meet \
             within sixty days",
        ]
    );
}

#[test]
fn an_opening_names_its_parties_before_its_first_commitment() {
    // Names after the first trigger are what the parties act on, unless
    // a dash joins them to a party (`U.S.-UAE`).
    let text = "\
Joint Statement on Further Economic Measures

We, the leaders of France, Germany, and Italy condemn the attacks on \
Ukraine. We will hold the aggressor to account.
";
    assert_eq!(
        summary(&extract(text))[1],
        "DEU+FRA+ITA undertaking affirmative will | hold the aggressor to \
         account"
    );
    let text = "\
Joint Statement Following the Meeting Between the Two Advisors

Today, the Advisor of the United Arab Emirates met his counterpart to \
reiterate the enduring U.S.-UAE strategic partnership. Both sides \
pledged to intensify cooperation.
";
    assert_eq!(
        summary(&extract(text)),
        ["ARE+USA undertaking affirmative pledged to | intensify cooperation"]
    );
}

#[test]
fn a_speech_speaks_for_its_state() {
    // A General Debate speech: the caller knows the speaker's state.
    let text = "I call on all States to ratify the treaty. My country \
                supports the peace process. I wish to reaffirm our \
                commitment to the Charter. We tasked our Ministers to \
                prepare a plan.";
    let records = common::extractor().extract_with_parties(text, &["NOR"]);
    let got: Vec<String> = summary(&records);
    assert_eq!(
        got,
        [
            "NOR appeal affirmative call on | ratify the treaty",
            "NOR support affirmative supports | the peace process",
            "NOR undertaking affirmative commitment to | the Charter",
            "NOR appeal affirmative tasked | prepare a plan",
        ]
    );
    assert!(records[2].reiterated);
}

/// In a state's speech `they` and `he` are others, never the speaker; a
/// manner
/// word inside `call on` keeps the appeal.
#[test]
fn they_in_a_speech_are_others() {
    let text =
        "Many States recognize Israel. They should recognize Palestine \
                too. They are ready to normalize relations. We call here on \
                all stakeholders to pursue dialogue. We express our belief \
                that with his wisdom he will guide the Assembly well.";
    let records = common::extractor().extract_with_parties(text, &["PSE"]);
    assert_eq!(
        summary(&records),
        [
            "PSE appeal affirmative call here on | pursue dialogue",
            // The belief is the speaker's; what `he` will do is not.
            "PSE position affirmative belief that | with his wisdom he will \
             guide the Assembly well",
        ]
    );
}

#[test]
fn allow_me_is_the_speaker() {
    let text = "Allow me to express our solidarity with the people of Cuba. \
                Allow me to conclude with a word of thanks.";
    let records = common::extractor().extract_with_parties(text, &["GHA"]);
    assert_eq!(
        summary(&records),
        ["GHA support affirmative solidarity with | the people of Cuba"]
    );
}

#[test]
fn the_kingdom_of_a_kings_speech_is_its_state() {
    let text = "The Kingdom supports the efforts of the Special Envoy. \
                The Kingdom rejects all forms of terrorism.";
    let records = common::extractor().extract_with_parties(text, &["SAU"]);
    assert_eq!(
        summary(&records),
        [
            "SAU support affirmative supports | the efforts of the Special \
             Envoy",
            "SAU opposition affirmative rejects | all forms of terrorism",
        ]
    );
}

/// A fact sheet commits money and people in the present progressive.
#[test]
fn committing_funds_in_a_fact_sheet_is_an_undertaking() {
    let text = "\
Joint Fact Sheet of the United States and Kenya

Through USAID, the United States is committing an additional $20 million \
for drought response. We are committing to strengthen our partnership.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "USA undertaking affirmative is committing | an additional $20 \
             million for drought response",
            "KEN+USA undertaking affirmative are committing to | strengthen \
             our partnership",
        ]
    );
}

/// Bulleted lists under a trigger and a colon: an item that names
/// something in capitals is no heading, and the items under an object
/// trigger (`condemned:`, `support for:`) are its objects, even one that
/// names an actor.
#[test]
fn bulleted_objects_and_named_items_under_a_colon() {
    let text = "\
Joint Statement of Australia and New Zealand

The Prime Ministers committed to:
• strengthen the Pacific Islands Forum; and
• expand trade.

The leaders condemned:
• Russia's illegal invasion of Ukraine;
• the DPRK's ballistic missile launches.

The leaders reaffirmed their support for:
- the Pacific Islands Forum.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AUS+NZL undertaking affirmative committed to | strengthen the \
             Pacific Islands Forum",
            "AUS+NZL undertaking affirmative committed to | expand trade",
            "AUS+NZL opposition affirmative condemned | Russia's illegal \
             invasion of Ukraine",
            "AUS+NZL opposition affirmative condemned | the DPRK's ballistic \
             missile launches",
            "AUS+NZL support affirmative support for | the Pacific Islands \
             Forum",
        ]
    );
}

/// Treaty conditions and definitions bind no one; the main clause after
/// a condition does, and its `it` is the condition's subject.
#[test]
fn conditions_and_definitions_in_a_treaty() {
    let text = "\
Agreement between Mauritius and Pakistan

The Contracting Parties shall notify each other of new measures. Where a \
Contracting Party does not accept a technical regulation of the other \
Contracting Party as equivalent, it shall explain the reasons. If a \
Contracting Party intends to apply an exception, it shall notify the \
other Contracting Party. Commodities originating in the territories of \
the Contracting Parties shall mean goods wholly obtained there. Before \
either Contracting Party commits itself to lower its tariffs, it shall \
consult the other Contracting Party. But if the Contracting Parties agree to \
extend the period, they shall inform the Committee.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "MUS+PAK undertaking affirmative shall | notify each other of new \
             measures",
            "MUS+PAK undertaking affirmative shall | explain the reasons",
            "MUS+PAK undertaking affirmative shall | notify the other \
             Contracting Party",
            "MUS+PAK undertaking affirmative shall | consult the other \
             Contracting Party",
            "MUS+PAK undertaking affirmative shall | inform the Committee",
        ]
    );
}

/// An agreement that opens with its first article names its parties,
/// if at all, as states in that sentence; the organization whose rules
/// it conforms to is none of them.
#[test]
fn an_untitled_agreement_is_not_the_wtos() {
    let wto = "\
ARTICLE 1 Objectives

1. The Contracting Parties shall gradually establish a free trade area in \
conformity with Article XXIV of the GATT 1994 and the WTO.
";
    assert_eq!(extract(wto)[0].actors, Vec::<&str>::new());
    let named = "\
ARTICLE 1 Objectives

1. The Contracting Parties shall gradually establish a free-trade area, \
comprising the Republic of Poland and the Faroe Islands, in conformity \
with the WTO.
";
    assert_eq!(extract(named)[0].actors, ["FRO", "POL"]);
}

/// A `not` inside the trigger negates its first action only when the
/// next one takes up `to` again.
#[test]
fn committed_not_to_a_and_to_b() {
    let text = "\
Joint Statement of the United States and North Macedonia

North Macedonia has committed not to impose a digital service tax and to \
support a permanent moratorium on customs duties. We will not impose \
tariffs and restrict trade.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "MKD undertaking negative committed not to | impose a digital \
             service tax",
            "MKD support affirmative committed not to | support a permanent \
             moratorium on customs duties",
            "MKD+USA undertaking negative will | impose tariffs",
            "MKD+USA undertaking negative will | restrict trade",
        ]
    );
}

/// A name used as an adjective before a nominal trigger owns it (`U.S.
/// support for`), unless a determiner comes first (`the G20 commitment`).
#[test]
fn a_name_as_the_adjective_of_a_nominal_trigger() {
    let text = "\
Joint Statement of Japan and the United States

President Biden reaffirmed U.S. support for Iraq. The two leaders \
reaffirmed U.S. commitment to the resolution of the abductions issue. The \
leaders reaffirmed the G20 commitment to halve the digital gender gap.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "USA support affirmative support for | Iraq",
            "USA undertaking affirmative commitment to | the resolution of the \
             abductions issue",
            "JPN+USA undertaking affirmative reaffirmed | the G20 commitment \
             to halve the digital gender gap",
        ]
    );
}

/// Negated readiness, refusals to accept, and a double negative.
#[test]
fn refusals_and_double_negatives() {
    let text = "\
Joint Statement of Japan and Australia

Japan does not accept the claim. The leaders are not prepared to \
compromise. We would not hesitate to respond. The United States will \
never recognize the annexation.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN opposition affirmative does not accept | the claim",
            "AUS+JPN undertaking negative are not prepared to | compromise",
            "AUS+JPN undertaking affirmative would not hesitate to | respond",
            // A modal's negation stays a negated undertaking, as `will not
            // develop` does in the guidelines.
            "USA undertaking negative will | recognize the annexation",
        ]
    );
}

#[test]
fn an_adopting_body_joined_to_its_first_preamble_line_still_adopts() {
    // Lines wrap (a blank line after the title), so the body's line and
    // the first preamble paragraph form one block.
    let text = "\
Resolution 2334 (2016)

The Security Council,
Reaffirming its relevant resolutions,
1. Calls upon all parties to launch credible negotiations;
2. Condemns all acts of violence against civilians;
";
    assert_eq!(
        summary(&extract(text)),
        [
            "UNSC appeal affirmative Calls upon | launch credible negotiations",
            "UNSC opposition affirmative Condemns | all acts of violence \
             against civilians",
        ]
    );
}

#[test]
fn a_dateline_under_the_title_names_a_place_not_a_party() {
    let text = "\
U.S.-EU Joint Statement of the Trade and Technology Council

31 May 2023
Luleå, Sweden

We intend to develop a transatlantic mapping of digital identity \
resources.
";
    assert_eq!(
        summary(&extract(text)),
        ["EU+USA undertaking affirmative intend to | develop a \
             transatlantic mapping of digital identity resources"]
    );
}

/// Paragraphs in the style of Russia–China joint statements: `The Sides`,
/// `The Russian side`, stances with `consider it necessary to`.
#[test]
fn a_russia_china_style_statement() {
    let text = "\
Joint Statement of the Russian Federation and the People's Republic of \
China on Deepening the Comprehensive Partnership

1. The Sides are seriously concerned about the expansion of military \
alliances in the Asia-Pacific region.
2. The Russian and Chinese sides stand against the politicization of \
human rights issues.
3. The Sides express their firm intention to increase the share of \
national currencies in bilateral trade.
4. The Sides consider it necessary to intensify joint efforts to combat \
terrorism.
5. The Sides recall their positions on the situation in Ukraine.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "CHN+RUS opposition affirmative concerned about | the expansion \
             of military alliances in the Asia-Pacific region",
            "CHN+RUS opposition affirmative stand against | the \
             politicization of human rights issues",
            "CHN+RUS undertaking affirmative intention to | increase the \
             share of national currencies in bilateral trade",
            "CHN+RUS position affirmative consider it necessary to | \
             intensify joint efforts to combat terrorism",
        ]
    );
    // `firm intention` is firm; `consider` inside a longer trigger is no
    // hedge.
    assert_eq!(records[2].strength, commitments::Strength::Firm);
    assert_eq!(records[3].strength, commitments::Strength::Plain);
}

#[test]
fn a_verb_of_saying_or_thinking_after_the_parties_is_no_action() {
    // `We build` acts; `We recall`, `We express`, `We consider` report.
    let text = "\
Joint Statement of Japan and Viet Nam

We recall our national positions. We express our hope for peace. We \
consider the matter closed. We share key priorities. We meet at a time of \
great challenge. We build new bridges.
";
    assert_eq!(
        summary(&extract(text)),
        ["JPN+VNM undertaking affirmative build | build new bridges"]
    );
}

#[test]
fn an_opening_apposition_ends_at_its_verb() {
    // The summit named after `met` is the occasion, not a party.
    let text = "\
Johannesburg II Declaration

We, the Leaders of the Federative Republic of Brazil, the Russian \
Federation, the Republic of India, the People's Republic of China and the \
Republic of South Africa, met in Johannesburg for the XV BRICS Summit.

1. We task our Finance Ministers to consider the issue of local \
currencies.
";
    assert_eq!(
        summary(&extract(text)),
        ["BRA+CHN+IND+RUS+ZAF appeal affirmative task | consider the issue \
          of local currencies"]
    );
}

#[test]
fn plural_titles_of_both_leaders_are_the_parties() {
    let text = "\
India-Australia Joint Statement

Both Prime Ministers agreed to deepen defence cooperation. The Prime \
Ministers condemned terrorism in all its forms. Prime Minister Modi \
appreciated the warm hospitality.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AUS+IND undertaking affirmative agreed to | deepen defence \
             cooperation",
            "AUS+IND opposition affirmative condemned | terrorism in all its \
             forms",
        ]
    );
}

#[test]
fn a_capitalized_trigger_inside_a_name_or_a_title_case_heading_is_none() {
    // `Task Force` and `Support Programme` are names; a heading in title
    // case names a topic. The noun `task` takes no addressee.
    let text = "\
Joint Statement between the United States and the European Commission

Supporting Europe’s Energy Security

The Task Force decided to reconvene in June. The EU Support Programme \
will secure basic services. As my government undertakes its task for \
our people, we implore the United Nations to do its part.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "EC+USA undertaking affirmative decided to | reconvene in June",
            "EC+USA appeal affirmative implore | do its part",
        ]
    );
}

/// A communiqué of the African Union's Peace and Security Council: the
/// body is named in the title and then only as `The Council,`.
#[test]
fn a_council_named_in_the_title_adopts_its_operative_paragraphs() {
    let text = "\
Communiqué of the 1140th meeting of the Peace and Security Council of the \
African Union

The Council,
1. Takes note of the briefing by the Commissioner;
2. Strongly condemns all armed groups operating in the region;
3. Urges all parties to cease hostilities and to commit to the Nairobi \
process;
4. Decides to remain actively seized of the matter.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AUPSC opposition affirmative condemns | all armed groups \
             operating in the region",
            "AUPSC appeal affirmative Urges | cease hostilities",
            // A trigger inside the action asked of others is still asked.
            "AUPSC appeal affirmative Urges | commit to the Nairobi process",
            "AUPSC undertaking affirmative Decides to | remain actively \
             seized of the matter",
        ]
    );
}

/// The usual opening of an AU Peace and Security Council communiqué: the
/// council, its parent's acronym and where it met, then operative
/// paragraphs whose second verbs are the council's too.
#[test]
fn a_council_opening_with_its_meeting_adopts_its_operative_paragraphs() {
    let text = "\
The Peace and Security Council of the African Union (AU), at its 1234th \
meeting held on 5 October 2024, on the situation in Sudan:

1. Reiterates its deep concern over the continued fighting in Sudan and \
strongly condemns the attacks on civilians;

2. Takes note of the briefing by the Commissioner and requests the \
Commission to deploy observers;

3. Pays tribute to the troops and urges Member States to provide support;

4. Customs duties and fees are not addressed and remain unchanged;
";
    assert_eq!(
        summary(&extract(text)),
        [
            // `(AU)` abbreviates only the end of the council's name.
            "AUPSC opposition affirmative concern over | the continued \
             fighting in Sudan",
            "AUPSC opposition affirmative condemns | the attacks on civilians",
            "AUPSC appeal affirmative requests | deploy observers",
            "AUPSC appeal affirmative urges | provide support",
        ]
    );
}

/// The verb after `and` in a relative clause is the clause's own; a
/// comma closes the clause and the sentence's subject acts again.
#[test]
fn a_relative_clause_keeps_its_second_verb() {
    let text = "\
We will promote the Mekong Partnership, which complements the Friends of \
the Mekong and supports the implementation of the Master Plan. Morocco, \
which has deposited its instrument of ratification, calls on all other \
States to expedite their ratification of the Agreement.
";
    assert_eq!(
        summary(&extract(text)),
        [
            " undertaking affirmative will | promote the Mekong Partnership, \
             which complements the Friends of the Mekong",
            "MAR appeal affirmative calls on | expedite their ratification \
             of the Agreement",
        ]
    );
    // The verb's number tells whose it is: `aspire` is the countries',
    // `invite` the speakers'.
    let text = "\
Joint Statement of India and the United States

President Biden expressed support for other countries who are champions \
of multilateralism and aspire to permanent seats. We note the frameworks \
which address conflict and invite Ministers to consider the matter.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "USA support affirmative support for | other countries who are \
             champions of multilateralism",
            "IND+USA appeal affirmative invite | consider the matter",
        ]
    );
}

/// Words of resolve that are not in the guidelines' table but mean the
/// same: keen, eager, aspire (a hedge), a wish expressed.
#[test]
fn keen_eager_aspiring_and_wishing() {
    let text = "\
Joint Declaration of France and Germany

France and Germany express their wish to deepen their cooperation. They \
are keen to launch a new initiative. Both countries aspire to build a \
stronger Europe. They are eager to strengthen ties. We wish to thank the \
President for his hospitality.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "DEU+FRA undertaking affirmative wish to | deepen their cooperation",
            "DEU+FRA undertaking affirmative are keen to | launch a new \
             initiative",
            "DEU+FRA undertaking affirmative aspire to | build a stronger \
             Europe",
            "DEU+FRA undertaking affirmative are eager to | strengthen ties",
        ]
    );
    assert_eq!(extract(text)[2].strength.as_str(), "tentative");
}

/// `Member States` are their organization's: the one named right before
/// them, or the document's party when that is one organization.
#[test]
fn member_states_speak_for_their_organization() {
    let sco = "\
Declaration of the Council of Heads of State of the Shanghai Cooperation \
Organisation

SCO Member States support the initiative of Kazakhstan to hold the forum. \
Member States will strengthen cooperation in combating terrorism.
";
    assert_eq!(
        summary(&extract(sco)),
        [
            "SCO support affirmative support | the initiative of Kazakhstan \
             to hold the forum",
            "SCO undertaking affirmative will | strengthen cooperation in \
             combating terrorism",
        ]
    );
    let summit = "\
Joint Statement of the ASEAN-United States Special Summit

ASEAN Member States and the United States reaffirmed their commitment to \
maintaining peace. ASEAN Member States agreed to strengthen ASEAN \
Centrality. Member States will help.
";
    assert_eq!(
        summary(&extract(summit)),
        [
            "ASEAN+USA undertaking affirmative commitment to | maintaining \
             peace",
            "ASEAN undertaking affirmative agreed to | strengthen ASEAN \
             Centrality",
            // Two parties: bare `Member States` could be either's.
            " undertaking affirmative will | help",
        ]
    );
}

/// A place inside a relative clause after the subject (`The leaders who
/// met in Paris`) does not hide the subject; a place alone still is none.
#[test]
fn a_place_in_a_relative_clause_keeps_the_subject() {
    let text = "\
Joint Statement of France and India

The leaders who met in Paris agreed to expand trade. A week of drafting in \
Oslo, Norway will continue.
";
    assert_eq!(
        summary(&extract(text)),
        ["FRA+IND undertaking affirmative agreed to | expand trade"]
    );
}

/// `the EU side` like `the Chinese side`; concerns raised are opposition.
#[test]
fn the_eu_side_raises_concerns() {
    let text = "\
EU-China Summit: Joint Press Release

The EU raised its concerns about the human rights situation in Xinjiang. \
The EU side urged China to use its influence on Russia.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "EU opposition affirmative concerns about | the human rights \
             situation in Xinjiang",
            "EU appeal affirmative urged | use its influence on Russia",
        ]
    );
}

/// A title's subject matter names no parties, except a pair joined by a
/// dash (`U.S.-Israel`).
#[test]
fn a_dashed_pair_in_a_titles_subject_matter_names_the_parties() {
    let text = "\
Joint Statement on Meeting of the U.S.-Israel Strategic Consultative Group

National Security Advisor Jake Sullivan hosted the meeting in Washington. \
They agreed to continue close consultations.
";
    assert_eq!(
        summary(&extract(text)),
        ["ISR+USA undertaking affirmative agreed to | continue close \
          consultations"]
    );
}

/// A subtitle between the title and the opening is part of the title,
/// so the opening is the sentence after it; a note naming a host is no
/// subtitle.
#[test]
fn a_subtitle_leaves_the_opening_to_the_next_paragraph() {
    let brics = "\
Kazan Declaration

Strengthening Multilateralism for Just Global Development and Security

We, the Leaders of the BRICS countries, met in Kazan, Russia, on 22-24 \
October 2024 for the Sixteenth BRICS Summit held under the theme of \
Strengthening Multilateralism for Just Global Development and Security.

2. We reiterate our commitment to the BRICS spirit of mutual respect.
";
    assert_eq!(
        summary(&extract(brics)),
        ["BRICS undertaking affirmative commitment to | the BRICS spirit \
          of mutual respect"]
    );
    let c5 = "\
C5+1 Leaders' Joint Statement

The New York Declaration

This week, we – the presidents of the United States and the Republic of \
Kazakhstan – met on the occasion of the first-ever C5+1 Presidential \
Summit, held during the session of the United Nations General Assembly.

We will hold the next summit in Astana.
";
    assert_eq!(
        summary(&extract(c5)),
        ["KAZ+USA undertaking affirmative will | hold the next summit in \
          Astana"]
    );
    let quad = "\
Quad Leaders' Vision Statement

Hosted by the Prime Minister of Australia

We, the Leaders of Australia, India, Japan and the United States, \
convened to reaffirm our steadfast commitment to a free and open \
Indo-Pacific.
";
    // The title's group, and not the host.
    let records = extract(quad);
    assert_eq!(records[0].actors, ["QUAD"]);
}

/// European Council conclusions: `invites X to`, `remains committed to
/// supporting`, `The EU and its Member States`.
#[test]
fn european_council_conclusions() {
    let text = "\
European Council conclusions on Ukraine

1. The European Council invites the Commission to present proposals on \
further sanctions.
2. The European Union remains committed to supporting Ukraine's \
reconstruction.
3. The EU and its Member States stand ready to contribute to security \
commitments.
4. The President of the European Council invited President Zelenskyy to \
visit Brussels.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "EUCO appeal affirmative invites | present proposals on further \
             sanctions",
            "EU support affirmative committed to | supporting Ukraine's \
             reconstruction",
            "EU undertaking affirmative stand ready to | contribute to \
             security commitments",
        ]
    );
}

#[test]
fn bare_leaders_in_a_summit_statement_are_its_parties() {
    let text = "\
Chairman's Statement of the 42nd ASEAN Summit

Leaders agreed to strengthen ASEAN's institutional effectiveness. World \
leaders agreed to act on climate. World leaders must act on climate.
";
    // `World leaders` are an agent no lexicon resolves, not the parties;
    // and what they must do binds no one.
    assert_eq!(
        summary(&extract(text)),
        [
            "ASEAN undertaking affirmative agreed to | strengthen ASEAN's \
             institutional effectiveness",
            " undertaking affirmative agreed to | act on climate",
        ]
    );
}

/// A declaration of an organization's heads of state, named after the
/// city that adopted it: `Astana` is the place, `The Member States` the
/// organization.
#[test]
fn a_declaration_named_after_a_capital_speaks_for_its_organization() {
    let text = "\
Astana Declaration of the Council of Heads of State of the Shanghai \
Cooperation Organisation

The Member States stand for the peaceful settlement of disputes through \
dialogue. The Member States advocate the early resolution of the situation \
in Afghanistan. The advocates of unilateralism are few.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "SCO support affirmative stand for | the peaceful settlement of \
             disputes through dialogue",
            "SCO support affirmative advocate | the early resolution of the \
             situation in Afghanistan",
        ]
    );
}

#[test]
fn negation_phrases_after_a_modal_negate_it() {
    let text = "\
Joint Statement between the Republic of Korea and Japan

The Korean side will no longer pursue the case at the World Trade \
Organization. President Yoon stated that the Republic of Korea would not \
seek reimbursement.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "KOR undertaking negative will | pursue the case at the World \
             Trade Organization",
            // The speaker's own state in reported speech undertakes.
            "KOR undertaking negative would | seek reimbursement",
        ]
    );
}

#[test]
fn it_after_a_body_no_lexicon_knows_is_that_body() {
    let text = "\
Agreement between Andorra and the European Economic Community

The Principality of Andorra shall abolish customs duties. The Joint \
Committee shall adopt its rules of procedure. It shall meet once a year.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AND undertaking affirmative shall | abolish customs duties",
            // A joint body of the two parties (the European Economic
            // Community is the EU's former name), and `It` is that body.
            "AND+EU undertaking affirmative shall | adopt its rules of \
             procedure",
            "AND+EU undertaking affirmative shall | meet once a year",
        ]
    );
}

/// Phrasings of joint statements beyond the reference: negated and
/// nominal triggers, solidarity, alarm, consensus.
#[test]
fn more_phrasings_of_joint_statements() {
    let text = "\
Joint Statement between the Republic of India and the French Republic

1. Both leaders expressed their desire to strengthen defence ties.
2. We express our solidarity with the people of Ukraine.
3. We are alarmed by the rise in attacks on civilians.
4. The two sides reached consensus on enhancing maritime cooperation.
5. The two sides decided not to impose new tariffs.
6. The leaders agreed to neither recognize nor support the regime.
7. Both sides are troubled by the humanitarian situation.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "FRA+IND undertaking affirmative desire to | strengthen defence ties",
            "FRA+IND support affirmative solidarity with | the people of Ukraine",
            "FRA+IND opposition affirmative alarmed by | the rise in attacks on \
             civilians",
            "FRA+IND undertaking affirmative reached consensus on | enhancing \
             maritime cooperation",
            "FRA+IND undertaking negative decided not to | impose new tariffs",
            "FRA+IND undertaking negative agreed to | recognize nor support the \
             regime",
            "FRA+IND opposition affirmative troubled by | the humanitarian \
             situation",
        ]
    );
}

#[test]
fn the_administration_is_the_party_of_a_one_party_text() {
    // A fact sheet or a speech has one party: its `Administration` is it.
    let text = "The Administration looks forward to working with Congress. \
                USAID plans to invest $12 million in the program.";
    let records = common::extractor().extract_with_parties(text, &["USA"]);
    assert_eq!(
        summary(&records),
        [
            "USA undertaking affirmative looks forward to | working with \
             Congress",
            "USA undertaking affirmative plans to | invest $12 million in the \
             program",
        ]
    );
    // With two parties, `the Administration` is nobody's in particular.
    let records =
        common::extractor().extract_with_parties(text, &["USA", "MNG"]);
    assert!(records[0].actors.is_empty());
}

/// Reported speech: `would` under the speaker's own stance is an
/// undertaking; under someone else's, or alone, it is not.
#[test]
fn would_in_reported_speech() {
    let text = "\
Japan-Viet Nam Summit Meeting

The two leaders confirmed that they would work together on energy. \
Prime Minister Kishida stated that Japan would not impose new tariffs. \
Japan believes that Viet Nam would benefit from the program. We would \
like to thank the hosts.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN+VNM undertaking affirmative would | work together on energy",
            "JPN undertaking negative would | impose new tariffs",
            "JPN position affirmative believes | Viet Nam would benefit from \
             the program",
        ]
    );
}

#[test]
fn an_opening_in_a_numbered_paragraph_names_the_parties() {
    let text = "\
Joint Declaration on the Americas Partnership for Economic Prosperity

1.  We, the governments of Barbados, Canada, Chile and Uruguay, share \
geographies and history.

2.  We intend to accelerate the region's economic growth. Our three \
nations will meet again.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "BRB+CAN+CHL+URY undertaking affirmative intend to | accelerate \
             the region's economic growth",
            "BRB+CAN+CHL+URY undertaking affirmative will | meet again",
        ]
    );
}

/// Chinese joint statements beyond the reference.
#[test]
fn a_china_pakistan_style_statement() {
    let text = "\
Joint Statement between the People's Republic of China and the Islamic \
Republic of Pakistan

1. The Chinese side welcomes Pakistan to join the Global Development \
Initiative.
2. The two sides pointed out that the CPEC is a pioneering project.
3. The two sides agreed that the CPEC will promote regional connectivity.
4. We welcome the decision of Japan to establish a fund.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "CHN appeal affirmative welcomes | join the Global Development \
             Initiative",
            "CHN+PAK position affirmative pointed out | the CPEC is a \
             pioneering project",
            // A body that is no actor predicts; the parties take a stance.
            "CHN+PAK position affirmative agreed | the CPEC will promote \
             regional connectivity",
            "CHN+PAK support affirmative welcome | the decision of Japan to \
             establish a fund",
        ]
    );
    assert_eq!(records[0].targets, ["PAK"]);
}

/// A declaration whose opening names its authors and ends in a colon;
/// its numbered paragraphs speak in the first person plural.
#[test]
fn a_declaration_with_first_person_operative_paragraphs() {
    let text = "\
Declaration of the VII Summit of the Community of Latin American and \
Caribbean States

The Heads of State and Government of the Community of Latin American and \
Caribbean States, gathered in Buenos Aires on 24 January 2023:
1. Reaffirm our commitment to Latin America as a Zone of Peace.
2. Express our solidarity with the people of Haiti.
3. Urge developed countries to fulfil their commitments.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "CELAC undertaking affirmative commitment to | Latin America as a \
             Zone of Peace",
            "CELAC support affirmative solidarity with | the people of Haiti",
            "CELAC appeal affirmative Urge | fulfil their commitments",
        ]
    );
    // `Latin America` is a region, not the United States.
    assert!(records[0].targets.is_empty());
}

#[test]
fn the_ministers_of_a_named_meeting_are_its_parties() {
    let text = "\
Joint Communique of the 56th ASEAN Foreign Ministers' Meeting

The Ministers agreed to intensify efforts.
";
    assert_eq!(
        summary(&extract(text)),
        ["ASEAN undertaking affirmative agreed to | intensify efforts"]
    );
    // Of an unnamed meeting, they are nobody the lexicons know.
    let records = extract("The Ministers agreed to intensify efforts.");
    assert!(records[0].actors.is_empty());
}

#[test]
fn a_region_named_after_a_country_is_no_target() {
    let text = "\
Chair's Statement of the 30th ASEAN Regional Forum

Ministers expressed concern over the land reclamations in the South China \
Sea.
";
    let records = extract(text);
    assert_eq!(records.len(), 1);
    assert!(records[0].targets.is_empty(), "{:?}", records[0].targets);
}

#[test]
fn bulleted_predicates_under_the_leaders_and_a_colon() {
    let text = "\
Joint Statement of India and Japan

The two Prime Ministers:
- Welcomed the progress in the high-speed rail project.
- Agreed to hold the next summit in Tokyo.
- Visited the Sabarmati Ashram.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IND+JPN support affirmative Welcomed | the progress in the \
             high-speed rail project",
            "IND+JPN undertaking affirmative Agreed to | hold the next summit \
             in Tokyo",
        ]
    );
}

/// Items a trigger announces (`in the following areas:`) are commitments
/// whether they start with a verb or a noun; a schedule `as follows:`
/// that commits to nothing announces none.
#[test]
fn announced_items_may_be_nouns() {
    let text = "\
Memorandum of Understanding between the Government of Canada and the \
Government of the Republic of Chile

The Participants intend to cooperate in the following areas:
(a) exchange of information on mining policies;
(b) capacity building.

The schedule of the meetings will be as follows:
(a) September 2016 - exchange of drafts;
(b) October 2016 - a meeting in Oslo.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "CAN+CHL undertaking affirmative intend to | cooperate in the \
             following areas",
            "CAN+CHL undertaking affirmative intend to | exchange of \
             information on mining policies",
            "CAN+CHL undertaking affirmative intend to | capacity building",
        ]
    );
}

/// A summit communiqué titled by its host city (`Vilnius Summit
/// Communiqué`): the city is where it was issued, not a party; `Allies`
/// and `We` are the alliance the subtitle names.
#[test]
fn a_summit_communique_titled_by_its_host_city() {
    let text = "\
Vilnius Summit Communiqué

Issued by NATO Heads of State and Government

1. We remain steadfast in our commitment to defend each other. Allies \
reaffirm their iron-clad commitment to Article 5 of the Washington Treaty.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "NATO undertaking affirmative commitment to | defend each other",
            "NATO undertaking affirmative commitment to | Article 5 of the \
             Washington Treaty",
        ]
    );
    // A capital naming a treaty is no beneficiary; `steadfast` is firm.
    assert!(records[1].targets.is_empty(), "{:?}", records[1].targets);
    assert_eq!(records[0].strength.as_str(), "firm");
    assert!(records[1].reiterated);
    // Without the subtitle, a title naming only its host names no party.
    let bare = extract("Vilnius Summit Communiqué\n\nWe will act together.\n");
    assert!(bare[0].actors.is_empty(), "{:?}", bare[0].actors);
    // `our allies` are someone else's.
    let speech = "Remarks by President Biden\n\nOur allies will act.\n";
    assert!(extract(speech)[0].actors.is_empty());
}

/// Any adjectives may stand between the verb and the nominal trigger it
/// governs (`long-standing and unwavering support for`), and `remain`
/// governs one (`remain united in our support for`). When the verb is
/// itself a support or an opposition of another party's commitment or
/// support, the verb's record stands.
#[test]
fn adjectives_before_a_nominal_trigger_and_owners_after_a_stance() {
    let text = "\
Joint Statement of France and Germany

We reaffirm our long-standing and unwavering support for the people of \
Ukraine. We remain united in our support for Moldova. We welcome India's \
long-standing commitment to net zero. We condemn Iran's support to proxy \
forces.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "DEU+FRA support affirmative support for | the people of Ukraine",
            "DEU+FRA support affirmative support for | Moldova",
            "DEU+FRA support affirmative welcome | India's long-standing \
             commitment to net zero",
            "DEU+FRA opposition affirmative condemn | Iran's support to proxy \
             forces",
        ]
    );
}

/// Adverbial phrases (`in particular`, `in this regard`) stand where an
/// adverb does; a stance verb after `, and` (`and further note`) is not
/// one more thing welcomed; a verb followed by a place or time (`As
/// Allies reaffirmed in the 2021 Communique,`) has no object.
#[test]
fn adverb_phrases_and_verbs_without_objects() {
    let text = "\
Joint Statement of France and Germany

We welcome in this regard the meeting held in Manama. We will in \
particular promote trade. We welcome the plan, and further note the \
progress made. As the two countries reaffirmed in the 2021 Communique, \
France supports the initiative.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "DEU+FRA support affirmative welcome | the meeting held in Manama",
            "DEU+FRA undertaking affirmative will | promote trade",
            "DEU+FRA support affirmative welcome | the plan",
            "FRA support affirmative supports | the initiative",
        ]
    );
}

/// Treaty articles (the Paris Agreement's style): verbs sharing one
/// object are one action; a noun before a modal is no imperative
/// (`Support shall be provided`); a passive appeal (`are encouraged
/// to`) asks its subject, on behalf of the text's parties.
#[test]
fn treaty_articles_with_shared_objects_and_passive_appeals() {
    let text = "\
Agreement between France and Germany

1. Each Party shall prepare, communicate and maintain successive \
nationally determined contributions.

2. Developing country Parties should continue enhancing their mitigation \
efforts.

3. Support shall be provided to developing country Parties.

4. Other Parties are strongly encouraged to provide such support \
voluntarily. Investors will be invited to lend their expertise. We are \
called upon to act. The delegates were asked to attend the summit.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "DEU+FRA undertaking affirmative shall | prepare, communicate and \
             maintain successive nationally determined contributions",
            // (Some of the parties: no actor the lexicons know.)
            " undertaking affirmative should | continue enhancing their \
             mitigation efforts",
            "DEU+FRA appeal affirmative encouraged | provide such support \
             voluntarily",
            "DEU+FRA appeal affirmative invited | lend their expertise",
        ]
    );
    // The appeal is made firmly; the one asked is no author.
    assert_eq!(records[2].strength.as_str(), "firm");
    assert!(records[2].actor_text.is_none());
}

/// A verb that governs a nominal trigger after `, and` (`and lend our
/// full support for X`) gives the noun's record, not one more action of
/// the first trigger; two nouns may share one object.
#[test]
fn a_governed_noun_after_and_and_nouns_sharing_an_object() {
    let text = "\
Joint Statement of France and Germany

We reaffirm our commitment to the people of Syria, and lend our full \
support for an inclusive political transition. We extend our unwavering \
support to and solidarity with the Syrian people.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "DEU+FRA undertaking affirmative commitment to | the people of \
             Syria",
            "DEU+FRA support affirmative support for | an inclusive political \
             transition",
            "DEU+FRA support affirmative support to | the Syrian people",
        ]
    );
    assert_eq!(records[2].strength.as_str(), "firm");
}

/// A communiqué of an organization's council (`The Supreme Council` of
/// the GCC): the council speaks for the organization the title names;
/// in a state's speech, `the Council` is someone else.
#[test]
fn an_organizations_council_speaks_for_it() {
    let text = "\
Final Communiqué of the 44th Session of the Supreme Council of the Gulf \
Cooperation Council

Doha, 5 December 2023

The Supreme Council stressed the importance of completing the customs \
union. The Council called on Iran to respond to the efforts of the UAE.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "GCC position affirmative stressed | completing the customs union",
            "GCC appeal affirmative called on | respond to the efforts of the \
             UAE",
        ]
    );
    let speech = "Statement by Norway\n\nThe Council must act now.\n";
    assert!(extract(speech).iter().all(|r| r.actors.is_empty()));
}

/// A cessation-of-hostilities agreement: section numbers of two levels
/// (`3.1.`) label paragraphs; a non-state party is an actor.
#[test]
fn an_agreement_with_section_numbers_and_a_non_state_party() {
    let text = "\
Agreement on Cessation of Hostilities between the Government of the \
Federal Democratic Republic of Ethiopia and the Tigray People's \
Liberation Front

Article 3: Cessation of Hostilities
3.1. The Parties agree to permanently cease all forms of conflict.
3.2 The TPLF commits to disarm its combatants within 30 days.
1.5 degrees is no label here.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "ETH+TPLF undertaking affirmative agree to | cease all forms of \
             conflict",
            "TPLF undertaking affirmative commits to | disarm its combatants \
             within 30 days",
        ]
    );
    let labels: Vec<_> = records.iter().map(|r| r.paragraph).collect();
    assert_eq!(labels, [Some("3.1"), Some("3.2")]);
}

/// An opening naming the speakers, then the subject matter after
/// `regarding`: only the speakers are parties.
#[test]
fn an_opening_names_its_speakers_before_the_subject_matter() {
    let text = "\
Joint Statement on Israel

Today, President Biden and Prime Minister Trudeau of Canada spoke \
regarding the conflict between Israel and Hamas. The leaders reiterated \
their support for the release of all hostages.
";
    let records = extract(text);
    let actors: Vec<&str> =
        records[0].actors.iter().map(|a| a.as_str()).collect();
    assert_eq!(actors, ["CAN", "USA"]);
}

/// An owner written `the United States'` (a bare apostrophe after `the`
/// and a name) is an owner like `Japan's`: the verb before it still
/// reiterates, and a stance on the owner's commitment is that commitment.
#[test]
fn owners_with_the_and_a_bare_apostrophe() {
    let text = "\
Joint Statement of France and Germany

The United States underscored the United States' commitment to a free \
and open Indo-Pacific. We reaffirmed the United Kingdom's support for \
Ukraine.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "USA undertaking affirmative commitment to | a free and open \
             Indo-Pacific",
            "GBR support affirmative support for | Ukraine",
        ]
    );
    assert!(records[1].reiterated);
}

/// Summit declarations: `stand united in our resolve to`, `stand with X`
/// (support), `note with (deep) concern` (opposition), `once again`
/// wherever it stands, a topic opening (`With regard to X, we`) that
/// names no party, and `X and pledge our support to Y` (two records).
#[test]
fn summit_declaration_phrasings() {
    let text = "\
Chair's Statement on the G20 Leaders' Meeting

With regard to the war against Ukraine, we reiterated our positions. We \
stand united in our resolve to fight terrorism. We stand with the people \
of Moldova. We note with deep concern the rising debt levels. We once \
again call on Russia to withdraw. We condemn once again in the strongest \
terms the attacks. We stand in solidarity with the people of Türkiye and \
pledge our continued support to the recovery.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "G20 undertaking affirmative resolve to | fight terrorism",
            "G20 support affirmative stand with | the people of Moldova",
            "G20 opposition affirmative note with deep concern | the rising \
             debt levels",
            "G20 appeal affirmative call on | withdraw",
            "G20 opposition affirmative condemn | the attacks",
            "G20 support affirmative solidarity with | the people of Türkiye",
            "G20 support affirmative support to | the recovery",
        ]
    );
    assert_eq!(records[4].strength.as_str(), "firm");
}

/// An adverb or `Once again,` before the subject: the subject is still
/// the sentence's, and a pronoun in its that-clause stands for it.
#[test]
fn openings_before_the_subject_and_pronouns_in_its_clause() {
    let text = "\
Statement by Syria

Children have fallen victim to Daesh. Once again, the Syrian Arab \
Republic reiterates that it stands with any international effort to \
combat terrorism. Lastly, Syria will act.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "SYR support affirmative stands with | any international effort \
             to combat terrorism",
            "SYR undertaking affirmative will | act",
        ]
    );
}

/// Japanese readout phrasings: `concurred on the importance of X` and
/// `shared the recognition that X` are stances on X.
#[test]
fn japanese_readout_stances() {
    let text = "\
Japan-Viet Nam Joint Statement

The two leaders concurred on the importance of maintaining a free and \
open Indo-Pacific. They shared the recognition that the security \
environment is severe.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN+VNM position affirmative concurred on | maintaining a free \
             and open Indo-Pacific",
            "JPN+VNM position affirmative shared the recognition | the \
             security environment is severe",
        ]
    );
}

/// A trade agreement whose title runs over five lines and whose parties
/// are named over several blocks, each with its `hereinafter`: every one
/// is a party; `The EFTA States` is the association.
#[test]
fn a_trade_agreement_naming_its_parties_over_several_blocks() {
    let text = "\
AGREEMENT
BETWEEN
THE EFTA STATES
AND
THE REPUBLIC OF SLOVENIA

The Republic of Iceland, the Kingdom of Norway (hereinafter called the \
EFTA States)

and

the Republic of Slovenia (hereinafter called Slovenia),

Desiring to create favourable conditions for trade,

HAVE AGREED AS FOLLOWS:

Article 1
The EFTA States shall abolish all customs duties on imports.
";
    let records = extract(text);
    // The preamble speaks for everyone named before it, Slovenia too.
    let preamble: Vec<&str> =
        records[0].actors.iter().map(|a| a.as_str()).collect();
    assert!(preamble.contains(&"SVN"), "{preamble:?}");
    assert_eq!(
        summary(&records[1..]),
        ["EFTA undertaking affirmative shall | abolish all customs duties on \
          imports"]
    );
    // Under a title naming no one, the parties are all the blocks name
    // before their `hereinafter`.
    let untitled = "\
FREE TRADE AGREEMENT

The Republic of Iceland, the Kingdom of Norway (hereinafter called the \
EFTA States)

and

the Republic of Slovenia (hereinafter called Slovenia),

HAVE AGREED AS FOLLOWS:

Article 1
The Parties shall abolish all customs duties on imports.
";
    assert_eq!(
        summary(&extract(untitled)),
        ["ISL+NOR+SVN undertaking affirmative shall | abolish all customs \
          duties on imports"]
    );
}

/// A title whose party runs over two lines (`THE PEOPLE'S REPUBLIC OF` /
/// `CHINA`), and an opening defining each party in turn (`(hereinafter
/// referred to as "China") and ... (hereinafter ...)`).
#[test]
fn treaty_titles_over_lines_and_openings_with_several_definitions() {
    let text = "\
FREE TRADE AGREEMENT

BETWEEN

THE PEOPLE'S REPUBLIC OF
CHINA
AND
THE SWISS CONFEDERATION

The Parties shall reduce tariffs.
";
    assert_eq!(
        summary(&extract(text)),
        ["CHE+CHN undertaking affirmative shall | reduce tariffs"]
    );
    let text = "\
FREE TRADE AGREEMENT

The People's Republic of China (hereinafter referred to as \"China\") and \
the Swiss Confederation (hereinafter referred to as \"Switzerland\"), \
hereinafter referred to as \"the Parties\";

The Parties shall reduce tariffs.
";
    assert_eq!(
        summary(&extract(text)),
        ["CHE+CHN undertaking affirmative shall | reduce tariffs"]
    );
}

/// `It will take time to rebuild`: what a task needs, said of no one,
/// even right after a sentence whose subject `it` could stand for.
#[test]
fn it_will_take_time_commits_no_one() {
    let text = "\
Joint Statement of France and Germany

France reaffirmed its commitment to the reconstruction of Ukraine. It \
will take time to rebuild the country. It will support Kyiv.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "FRA undertaking affirmative commitment to | the reconstruction \
             of Ukraine",
            "FRA support affirmative support | Kyiv",
        ]
    );
}

/// `should` and `must` bind the text's own parties only: what another
/// state ought to do (`Russia must comply ..., and refrain from ...`) is
/// no undertaking of anyone.
#[test]
fn what_others_ought_to_do_binds_no_one() {
    let text = "\
Statement by Norway

Russia must comply with its international obligations, and refrain from \
any attack on nuclear sites. The Security Council should act now. Norway \
must do more. We should avoid escalation.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "NOR undertaking affirmative must | do more",
            "NOR undertaking affirmative should | avoid escalation",
        ]
    );
}

/// A repeated infinitive states its own polarity (`and not to B`, `and to
/// B` after `refrain from A`); a negation above the infinitive (`not
/// prepared to`) covers both.
#[test]
fn repeated_infinitive_polarity() {
    let text = "\
Joint Statement between Japan and the Republic of Korea

Japan agreed not to raise tariffs and not to impose new quotas on steel. \
The two sides agreed to refrain from unilateral measures and not to \
escalate tensions. The two sides agreed to refrain from unilateral \
measures and to resume talks.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN undertaking negative agreed not to | raise tariffs",
            "JPN undertaking negative agreed not to | impose new quotas on steel",
            "JPN+KOR undertaking negative agreed to | refrain from unilateral \
             measures",
            "JPN+KOR undertaking negative agreed to | escalate tensions",
            "JPN+KOR undertaking negative agreed to | refrain from unilateral \
             measures",
            "JPN+KOR undertaking affirmative agreed to | resume talks",
        ]
    );
}

/// The verbs of a relative clause (`those who evade and undermine X`)
/// share its object; a relative clause on a thing keeps its `, and V`
/// (`the attacks, which are destabilizing X, and jeopardize Y`).
#[test]
fn relative_clause_verbs_stay_inside() {
    let text = "\
G7 Leaders' Statement

We will intensify pressure on those who evade and undermine our \
sanctions. We condemn the attacks on shipping, which are destabilizing \
the region, and jeopardize the safety of sailors.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "G7 undertaking affirmative will | intensify pressure on those who \
             evade and undermine our sanctions",
            "G7 opposition affirmative condemn | the attacks on shipping, which \
             are destabilizing the region, and jeopardize the safety of sailors",
        ]
    );
}

/// `The Authority` / `The Assembly` of an organization's communiqué speak
/// for it; an operative paragraph chains its clauses with semicolons
/// (`Welcomes X; expresses its concern at Y`), and an appeal may come as
/// a noun (`reiterates its appeal to X to V`).
#[test]
fn organ_communique_with_chained_operative_clauses() {
    let text = "\
Final Communique of the Summit of the ECOWAS Authority of Heads of State

The Authority decides to lift the sanctions on Guinea.
";
    assert_eq!(
        summary(&extract(text)),
        ["ECOWAS undertaking affirmative decides to | lift the sanctions on Guinea"]
    );
    let text = "\
Decision on the Situation in the Region
Doc. Assembly/AU/5(XXX)

The Assembly,

1. WELCOMES the progress made in Somalia; REITERATES ITS APPEAL to Member \
States to intensify their support for Somalia; EXPRESSES ITS CONCERN at the \
threat posed by Al-Shabaab, and STRONGLY CONDEMNS the attacks on civilians;
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AU support affirmative WELCOMES | the progress made in Somalia",
            "AU appeal affirmative APPEAL to | intensify their support for \
             Somalia",
            "AU opposition affirmative CONCERN at | the threat posed by \
             Al-Shabaab",
            "AU opposition affirmative CONDEMNS | the attacks on civilians",
        ]
    );
}

/// `decides to lift the following sanctions imposed on X:` announces its
/// items even with words after `the following`; an item with a finite
/// verb of its own is a sentence about something else, not an item.
#[test]
fn following_list_with_postmodifier_and_clause_items() {
    let text = "\
Final Communique of the Summit of the ECOWAS Authority

2. The Authority decides to lift the following sanctions imposed on Niger:

a. Closure of land and air borders;

b. Travel ban on government officials.

3. The Authority decides to take the following measures:

a. Suspension of flights;

b. The crisis is causing hardship.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "ECOWAS undertaking affirmative decides to | lift the following \
             sanctions imposed on Niger",
            "ECOWAS undertaking affirmative decides to | Closure of land and \
             air borders",
            "ECOWAS undertaking affirmative decides to | Travel ban on \
             government officials",
            "ECOWAS undertaking affirmative decides to | take the following \
             measures",
            "ECOWAS undertaking affirmative decides to | Suspension of flights",
        ]
    );
}

/// A noun trigger right after `the` as the object of a support or
/// opposition verb is that verb's object (`welcomed the endorsement of
/// X`, `condemned the support for Y`); `were encouraged by` is a feeling;
/// `eagerness to` commits like `readiness to`.
#[test]
fn noun_trigger_as_object_and_feelings() {
    let text = "\
Joint Statement between Japan and the Republic of Korea

The two leaders welcomed the endorsement of the Joint Action Plan. Japan \
condemned the support for terrorist groups. The two leaders were \
encouraged by the progress made in the talks. Korea reiterated its \
eagerness to join the project.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN+KOR support affirmative welcomed | the endorsement of the \
             Joint Action Plan",
            "JPN opposition affirmative condemned | the support for terrorist \
             groups",
            "KOR undertaking affirmative eagerness to | join the project",
        ]
    );
}

/// `The Council` of a communiqué whose headline names one organization
/// and the states it speaks of is that organization.
#[test]
fn meeting_of_the_one_organization_among_parties() {
    let text = "\
GCC expresses solidarity with Qatar after attack

The Ministerial Council of the Gulf Cooperation Council (GCC) held an \
extraordinary meeting today.

The Council expressed full solidarity with the State of Qatar.
";
    let records = extract(text);
    let council: Vec<_> = records
        .iter()
        .filter(|r| r.actor_text.is_some_and(|t| t.text == "The Council"))
        .collect();
    assert_eq!(council.len(), 1);
    assert_eq!(council[0].actors, ["GCC"]);
}

/// Two peoples' adjectives joined by a dash in a title name the parties
/// (`Saudi-French Joint Statement`); a dateline with a date under the
/// title (`Ufa, Russia, July 9, 2015`) names none.
#[test]
fn demonym_pair_titles_and_long_datelines() {
    let text = "\
Joint Turkmen-Russian Statement

The two sides agreed to expand cooperation in the energy sector.
";
    assert_eq!(
        summary(&extract(text)),
        ["RUS+TKM undertaking affirmative agreed to | expand cooperation in \
          the energy sector"]
    );
    let text = "\
BRICS Summit Declaration
Ufa, Russia, July 9, 2015

We agreed to deepen cooperation on public health.
";
    assert_eq!(
        summary(&extract(text)),
        ["BRICS undertaking affirmative agreed to | deepen cooperation on \
          public health"]
    );
}

/// Stances and nouns of intent across styles: `considered that`, `held
/// that` (not `held talks`); `intent to`, `regret over`, `denunciation
/// of`, `registered its concern`; a view held under a condition is no
/// one's position; `; it called on` is a clause of its own; `in-depth`
/// does not stop a verb; `agreed to support X` backs X.
#[test]
fn stances_intents_and_backing_across_styles() {
    let text = "\
Joint Statement between Kenya and Italy

The two sides considered that the crisis can only be resolved through \
dialogue. The two sides held talks on trade. Italy expressed its intent to \
deepen cooperation on maritime security. Kenya registered its grave \
concern about the situation in Sudan. Italy expressed deep regret over \
the incident. Italy welcomed the ceasefire in Yemen; it called on all \
parties to respect it. The two sides agreed to expand trade, and hold \
in-depth consultations on security. Italy agreed to support the Kenyan \
government. If a Party considers that a measure is harmful, it may \
request consultations.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "ITA+KEN position affirmative considered that | the crisis can \
             only be resolved through dialogue",
            "ITA undertaking affirmative intent to | deepen cooperation on \
             maritime security",
            "KEN opposition affirmative concern about | the situation in Sudan",
            "ITA opposition affirmative regret over | the incident",
            "ITA support affirmative welcomed | the ceasefire in Yemen",
            "ITA appeal affirmative called on | respect it",
            "ITA+KEN undertaking affirmative agreed to | expand trade",
            "ITA+KEN undertaking affirmative agreed to | hold in-depth \
             consultations on security",
            "ITA support affirmative agreed to | support the Kenyan government",
        ]
    );
}

/// `The G7 Foreign Ministers` are the G7's; a that-clause whose own
/// subject (the actors themselves) comes after a fronted phrase is their
/// undertaking, not a position as well.
#[test]
fn ministers_of_an_organization_and_fronted_that_clauses() {
    let text = "\
Joint Statement between Japan and the Republic of Korea

The G7 Foreign Ministers condemned the attack. The two leaders shared \
the view that, as close neighbours, Japan and Korea should deepen \
cooperation in supply chains.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "G7 opposition affirmative condemned | the attack",
            "JPN+KOR undertaking affirmative should | deepen cooperation in \
             supply chains",
        ]
    );
}

/// Those who lead the parties in an opening (`under the leadership of
/// ..., President of Senegal and Chair of the AU`, `led by the President
/// of Ghana`) and the city of the meeting are not parties.
#[test]
fn leaders_and_venue_in_an_opening_are_no_parties() {
    let text = "\
Vision Statement for the U.S.-Africa Partnership

On the occasion of the Leaders Summit in Nairobi, the United States and \
the African Union, under the leadership of President Biden and the \
President of Ghana, affirm our commitment to widen trade links. We will \
train more nurses.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "AU+USA undertaking affirmative commitment to | widen trade links",
            "AU+USA undertaking affirmative will | train more nurses",
        ]
    );
}

/// Lexicon and frame additions from probes of White House, G7 and ASEAN
/// texts: `are dedicated to`, `understand that`, `the urgent need for`,
/// `assured each other of their support for`, `stated their intent to`,
/// `looked forward to` (tentative); `directed both sides to` asks the
/// actors themselves; `backed by` is a passive; `Kenyan companies` are no
/// party.
#[test]
fn probe_batch_of_triggers_governors_and_others() {
    let text = "\
Joint Statement between Kenya and Ghana

We are dedicated to ending hunger. We understand that poverty fuels \
conflict. We reiterate the urgent need for calm. The two leaders assured \
each other of their support for regional efforts. The two leaders stated \
their intent to open the border. The leaders looked forward to the \
opening of the port. The presidents directed both sides to draft a trade \
protocol. We are building solar plants, backed by loans from the World \
Bank. Kenyan companies will invest in the port.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "GHA+KEN undertaking affirmative are dedicated to | ending hunger",
            "GHA+KEN position affirmative understand that | poverty fuels \
             conflict",
            "GHA+KEN position affirmative reiterate | calm",
            "GHA+KEN support affirmative support for | regional efforts",
            "GHA+KEN undertaking affirmative intent to | open the border",
            "GHA+KEN undertaking affirmative looked forward to | the opening \
             of the port",
            "GHA+KEN undertaking affirmative directed | draft a trade protocol",
        ]
    );
    let records = extract(text);
    let looked =
        records.iter().find(|r| r.trigger.text == "looked forward to");
    assert_eq!(looked.unwrap().strength, commitments::Strength::Tentative);
}

/// `encouraged Japan's efforts ... to V` backs the efforts (the `to V`
/// is theirs), while `encourage Japan's partners to V` asks them; groups
/// such as the Visegrad Group are actors.
#[test]
fn owned_efforts_and_more_groups() {
    let text = "\
Joint Statement between Japan and the Republic of Korea

The two leaders \
welcomed and encouraged Japan's continued efforts in enhancing its \
capacity to respond to disasters. We encourage Japan's partners to invest \
more. The Visegrad Group condemned the attack.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "JPN+KOR support affirmative encouraged | Japan's continued \
             efforts in enhancing its capacity to respond to disasters",
            "JPN+KOR appeal affirmative encourage | invest more",
            "V4 opposition affirmative condemned | the attack",
        ]
    );
}

/// `The Kingdom` of a bilateral statement is the one party the document
/// styles so, alone or in a list.
#[test]
fn styled_party_among_several() {
    let text = "\
Joint Statement between the Kingdom of Bahrain and the Republic of Korea

The Kingdom and the Republic of Korea agreed to establish a joint \
committee. The Kingdom will host the next meeting.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "BHR+KOR undertaking affirmative agreed to | establish a joint \
             committee",
            "BHR undertaking affirmative will | host the next meeting",
        ]
    );
}

/// A participle phrase opens a sentence whose subject comes after its
/// comma, and that subject carries over `and` to a later governed noun;
/// a list of subjects may hold labels in brackets.
#[test]
fn participle_openers_and_labelled_subject_lists() {
    let text = "\
Joint Statement between Saudi Arabia and Iran

Underlining the importance of Iraq's unity, the two sides expressed \
sympathy with the Iraqi people and confirmed their determination to work \
for peace. Seeking to strengthen trade, the Kingdom of Saudi Arabia \
(Saudi Arabia) and the Islamic Republic of Iran (Iran) have agreed to \
a framework.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IRN+SAU position affirmative Underlining | Iraq's unity",
            "IRN+SAU undertaking affirmative determination to | work for peace",
            "IRN+SAU undertaking affirmative Seeking to | strengthen trade",
            "IRN+SAU undertaking affirmative agreed to | a framework",
        ]
    );
}

/// Asking others after `and` is a predicate of its own (`work with X and
/// invite them to V`, `support Y and call on others to V`), and leaves no
/// dangling `continue to` behind.
#[test]
fn appeals_after_and_are_predicates_of_their_own() {
    let text = "\
Joint Statement of Kenya and Ghana

We continue to work with our neighbours and invite them to join the fund. \
We support Ukraine and call on others to follow suit. We welcome the \
efforts of lenders, and continue to encourage others to contribute.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "GHA+KEN undertaking affirmative continue | continue to work with \
             our neighbours",
            "GHA+KEN appeal affirmative invite | join the fund",
            "GHA+KEN support affirmative support | Ukraine",
            "GHA+KEN appeal affirmative call on | follow suit",
            "GHA+KEN support affirmative welcome | the efforts of lenders",
            "GHA+KEN appeal affirmative encourage | contribute",
        ]
    );
}

/// `the commitment of <a long owner> to X`: what is committed to follows
/// the owner's `to`.
#[test]
fn commitment_of_a_long_owner() {
    let text = "\
Final Communique of the OIC Annual Coordination Meeting

The Meeting reaffirmed the commitment of the Member States of the \
Organization of Islamic Cooperation to the objectives of the Charter. The \
Meeting reaffirmed its absolute rejection of any threat to the security \
of Qatar.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "OIC undertaking affirmative commitment of | the objectives of the \
             Charter",
            "OIC opposition affirmative rejection of | any threat to the \
             security of Qatar",
        ]
    );
}

/// A state's style before the name the lexicon knows (`the Republic of
/// France`) is part of the list it stands in.
#[test]
fn styled_name_in_a_subject_list() {
    let text = "\
Saudi-French Joint Statement

The two sides condemned attacks on the Kingdom of Saudi Arabia. The \
Kingdom and the Republic of France agreed to organize a conference.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "FRA+SAU opposition affirmative condemned | attacks on the Kingdom \
             of Saudi Arabia",
            "FRA+SAU undertaking affirmative agreed to | organize a conference",
        ]
    );
}

/// `the need for X and that Y`: the that-clause is a stance of its own,
/// but not a second relative clause (`that are A and that respect B`)
/// nor the pronoun (`the plan and that of X`).
#[test]
fn a_that_clause_after_a_noun_object_is_a_stance_of_its_own() {
    let text = "\
Joint Statement of India and Japan

They stressed the need for dialogue and that all disputes should be \
resolved peacefully. They supported the plan and that of Japan. They \
supported systems that are safe and that respect human rights.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IND+JPN position affirmative stressed | dialogue",
            "IND+JPN position affirmative stressed | all disputes should be \
             resolved peacefully",
            "IND+JPN support affirmative supported | the plan and that of Japan",
            "IND+JPN support affirmative supported | systems that are safe and \
             that respect human rights",
        ]
    );
}

/// Bare plurals of the parties' words (`Prime Ministers recommitted`,
/// `Heads agreed`) are the parties; after a name (`The G7 Leaders`,
/// `ASEAN Foreign Ministers`) they are that name's.
#[test]
fn bare_plural_titles_and_the_names_that_own_them() {
    let text = "\
Australia-New Zealand Leaders' Meeting

Prime Ministers recommitted to the Trans-Tasman Roadmap. Heads of \
Government agreed to meet annually. The G7 Leaders condemned the attack. \
ASEAN Foreign Ministers welcomed the talks. The two leaders re-emphasised \
the historical foundation of their relations and re-affirmed their support \
for IGAD.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "AUS+NZL undertaking affirmative recommitted to | the Trans-Tasman \
             Roadmap",
            "AUS+NZL undertaking affirmative agreed to | meet annually",
            "G7 opposition affirmative condemned | the attack",
            "ASEAN support affirmative welcomed | the talks",
            "AUS+NZL position affirmative re-emphasised | the historical \
             foundation of their relations",
            "AUS+NZL support affirmative support for | IGAD",
        ]
    );
    assert!(records[4].reiterated && records[5].reiterated);
}

/// `commitment to refrain from X` and a later `and to abstain from Y`
/// are negated as `agreed to refrain from X` is; the content starts at
/// the action's verb, `refrain`.
#[test]
fn self_negating_actions_after_a_noun_and_in_later_conjuncts() {
    let text = "\
Istanbul Summit Declaration of the OSCE

We reiterate our commitment to respect human rights and to abstain from \
any form of discrimination. We reiterate our commitment to refrain from \
the threat or use of force.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "OSCE undertaking affirmative commitment to | respect human rights",
            "OSCE undertaking negative commitment to | abstain from any form \
             of discrimination",
            "OSCE undertaking negative commitment to | refrain from the \
             threat or use of force",
        ]
    );
}

/// A stance on a noun ends where a second predicate of its subject
/// starts: `and reaffirm that Y`, `and reaffirmed their support for Y`.
#[test]
fn a_stance_on_a_noun_ends_before_a_second_predicate() {
    let text = "\
Joint Statement of India and Japan

We emphasize the universal character of UNCLOS and reaffirm that UNCLOS \
sets out the legal framework. They highlighted the progress made and \
reaffirmed their support for IGAD. They stressed the fact that the aid \
would be limited and would be linked to reforms.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IND+JPN position affirmative emphasize | the universal character \
             of UNCLOS",
            "IND+JPN position affirmative reaffirm | UNCLOS sets out the legal \
             framework",
            "IND+JPN position affirmative highlighted | the progress made",
            "IND+JPN support affirmative support for | IGAD",
            "IND+JPN position affirmative stressed | the aid would be limited \
             and would be linked to reforms",
        ]
    );
}

/// An organ named after its organization is the organization's (`the OAS
/// General Assembly`); the end of a longer name no lexicon knows names
/// no one (`the National Security Council`, not the UN's); a known
/// longer name is its own body (`the Collective Security Council`).
#[test]
fn organs_and_longer_names_ending_in_a_known_body() {
    let text = "\
Statement

The G7 condemned the attack. The OAS General Assembly condemned the \
attack. The National Security Council welcomed the talks. The Collective \
Security Council agreed to meet. The U.N. Security Council condemned the \
attack.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "G7 opposition affirmative condemned | the attack",
            "OAS opposition affirmative condemned | the attack",
            " support affirmative welcomed | the talks",
            "CSTO undertaking affirmative agreed to | meet",
            "UNSC opposition affirmative condemned | the attack",
        ]
    );
}

/// Wordings of translated and regional texts: `Both Ministers`,
/// `Ratified that` (Spanish `ratificar`), `are concerned that`, `worried
/// by`; an inverted condition (`should it be necessary`) commits no one;
/// `and not take X` is negated on its own; a relative clause after a
/// preposition keeps its verbs (`at which each Ministry will identify X
/// and adopt Y`); a summit is a thing, not its organization.
#[test]
fn translated_and_regional_wordings() {
    let text = "\
Joint Communique of Argentina and Chile

Both Ministers highlighted that the Commission reflects the partnership. \
Ratified that democracy is essential to integration. The two sides are \
concerned that inequity continues to affect the region. They are worried \
by the military buildup. Chile will repel any incursions, should it be \
necessary. The two sides call on all states to assess the situation and \
not take any action that provokes tension. The Presidents agreed to \
convene a meeting, at which each Ministry will identify projects and \
adopt a plan. The upcoming OAS Summit will lay the path to integration.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "ARG+CHL position affirmative highlighted | the Commission \
             reflects the partnership",
            "ARG+CHL position affirmative Ratified | democracy is essential to \
             integration",
            "ARG+CHL opposition affirmative are concerned that | inequity \
             continues to affect the region",
            "ARG+CHL opposition affirmative worried by | the military buildup",
            "CHL undertaking affirmative will | repel any incursions",
            "ARG+CHL appeal affirmative call on | assess the situation",
            "ARG+CHL appeal negative call on | take any action that provokes \
             tension",
            "ARG+CHL undertaking affirmative agreed to | convene a meeting, at \
             which each Ministry will identify projects and adopt a plan",
        ]
    );
    assert!(records[1].reiterated);
}

/// A sentence that opens with a finite trigger and no subject (as texts
/// translated from Spanish run) is its last subject's; a treaty
/// preamble's `DETERMINED to` after one of its parties is all of theirs.
#[test]
fn dropped_subjects_of_translated_declarations() {
    let text = "\
Declaration of Mexico City

CELAC met in Mexico City. Reaffirms its commitment to regional \
integration. Expresses its concern over the crisis.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "CELAC undertaking affirmative commitment to | regional \
             integration",
            "CELAC opposition affirmative concern over | the crisis",
        ]
    );
    let treaty = "\
Free Trade Agreement between the Republic of Albania and the EFTA States

The Republic of Albania and the EFTA States met in Geneva.

DETERMINED to implement this Agreement.
";
    let records = extract(treaty);
    assert_eq!(
        summary(&records),
        ["ALB+EFTA undertaking affirmative DETERMINED to | implement this \
          Agreement"]
    );
    assert!(records[0].inherited);
}

/// An opening's or a title's subject matter names no party (`regarding
/// the violence in Gaza and Israel`); with no party known, `We` is whoever
/// spoke last.
#[test]
fn a_topic_in_the_opening_is_no_party_and_we_is_the_last_speaker() {
    let text = "\
Official Spokesperson's response to a media question on escalation of \
violence in Gaza and Israel

In response to a media query regarding the escalation of violence in \
Gaza and Israel, the official Spokesperson said:

India is deeply concerned at the violence. We call upon both sides to \
resume direct talks.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "IND opposition affirmative concerned at | the violence",
            "IND appeal affirmative call upon | resume direct talks",
        ]
    );
}

/// `The Parties to this Agreement shall`, `The Parties hereto shall`: the
/// text named after the parties is not their subject's head.
#[test]
fn parties_to_this_agreement() {
    let text = "\
Free Trade Agreement between Turkey and Latvia

The Parties to this Agreement shall refrain from any measure of an \
internal fiscal nature. The States Parties to the Agreement declare their \
readiness to foster trade. The Parties hereto shall cooperate. Protocols \
and Annexes to this Agreement shall form an integral part thereof.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "LVA+TUR undertaking negative refrain from | any measure of an \
             internal fiscal nature",
            "LVA+TUR undertaking affirmative readiness to | foster trade",
            "LVA+TUR undertaking affirmative shall | cooperate",
        ]
    );
}

/// Security Council press statements: `reaffirmed their call on X to A
/// and B` asks again (two appeals); `calls on the parties to attend the
/// talks` is an appeal (an invitation to visit is not); `The members of
/// the Security Council recalled X, emphasizing Y` is the council's stance.
#[test]
fn security_council_press_statement_forms() {
    let text = "\
Security Council Press Statement on Yemen

The members of the Security Council reaffirmed their call on Yemeni \
parties to attend these talks and engage without preconditions. The \
members of the Security Council recalled resolution 2216 (2015), \
emphasizing the need for a peaceful transition process. The Council \
invited the Special Envoy to visit Sana'a.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "UNSC appeal affirmative call on | attend these talks",
            "UNSC appeal affirmative call on | engage without preconditions",
            "UNSC position affirmative emphasizing | a peaceful transition \
             process",
        ]
    );
}

/// The items of a list take the strength of the trigger that announced
/// them (`shall strive to adopt the following principles:`).
#[test]
fn list_items_take_the_strength_of_their_announcement() {
    let text = "\
Free Trade Agreement between the Republic of Korea and New Zealand

Each Party shall strive to adopt and maintain in its laws the following \
principles:

(a) freedom of association; and

(b) the effective abolition of child labour.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "KOR+NZL undertaking affirmative strive to | adopt and maintain in \
             its laws the following principles",
            "KOR+NZL undertaking affirmative strive to | freedom of association",
            "KOR+NZL undertaking affirmative strive to | the effective \
             abolition of child labour",
        ]
    );
    assert!(records.iter().all(|r| r.strength == Strength::Tentative));
}

/// A support verb followed by a modal or `is` is a noun, the subject of
/// a verb of its own (`Such support should be intended for X`).
#[test]
fn a_support_noun_before_its_own_verb_is_no_trigger() {
    let text = "\
Joint Statement of Japan and Korea

Such support should be intended for saving people. Military support will \
be provided in full. International support is critical. The two sides \
support the talks.
";
    assert_eq!(
        summary(&extract(text)),
        ["JPN+KOR support affirmative support | the talks"]
    );
}

/// A people's plural (`Cape Verdeans`) and `the <demonym> people` are
/// their state.
#[test]
fn plural_demonyms_are_their_state() {
    let text = "\
Statement by Cabo Verde

Cape Verdeans are ready to push for the evolution of the Goals. We \
support the Kenyan people.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "CPV undertaking affirmative are ready to | push for the evolution \
             of the Goals",
            "CPV support affirmative support | the Kenyan people",
        ]
    );
    assert_eq!(
        records[1].targets.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
        ["KEN"]
    );
}

/// Asia-Pacific ministerial drafting: bare `Ministers` are the parties
/// of a named meeting; `decided that X would V` is X's undertaking when X
/// are the deciders; `called on President X` is a courtesy call.
#[test]
fn ministers_decisions_and_courtesy_calls() {
    let text = "\
Joint Statement between Japan and Bangladesh

Ministers committed to closer engagement. The two Prime Ministers decided \
that Japan and Bangladesh would strengthen policy dialogue. Prime Minister \
Hasina called on President Kishida. The two sides called on all parties \
to exercise restraint.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "BGD+JPN undertaking affirmative committed to | closer engagement",
            "BGD+JPN undertaking affirmative would | strengthen policy dialogue",
            "BGD+JPN appeal affirmative called on | exercise restraint",
        ]
    );
}

/// A participle trigger right after a text's noun says what the text
/// does (`the Resolution emphasizing X, and reaffirming that Y`), not
/// the actors; after a comma it is the actors' own stance.
#[test]
fn a_participle_on_a_text_is_the_texts() {
    let text = "\
Joint Vision Statement of ASEAN and the United States

We note the Resolution A/RES/75/239 emphasizing the character of UNCLOS, \
and reaffirming that the Convention sets out the legal framework. We \
welcomed the visit, reaffirming that the partnership is strong.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "ASEAN+USA support affirmative welcomed | the visit",
            "ASEAN+USA position affirmative reaffirming | the partnership is \
             strong",
        ]
    );
}

/// Parties of visit titles and ministerial openings: the host after
/// `Visit of X to Y`; not the venue of a title (`..., Singapore, 31 May`)
/// nor an ordinal's acronym lost (`Second ASEAN-GCC`); not the members
/// a visitor tours (`his tour of ASEAN member countries`); a numbered
/// section heading (`1. Overview`) is no opening.
#[test]
fn parties_of_visits_and_ministerial_meetings() {
    let host = "\
Official Visit of the Prime Minister of New Zealand to Singapore

Both sides agreed to launch negotiations.
";
    assert_eq!(
        summary(&extract(host)),
        ["NZL+SGP undertaking affirmative agreed to | launch negotiations"]
    );
    let venue = "\
Joint Press Statement of the Second ASEAN-GCC Ministerial Meeting, \
Singapore, 31 May 2010

We agreed to meet again in 2012.
";
    assert_eq!(
        summary(&extract(venue)),
        ["ASEAN+GCC undertaking affirmative agreed to | meet again in 2012"]
    );
    let tour = "\
Joint Press Statement on the Official Visit to Thailand by the Prime \
Minister of Malaysia

1. The Prime Minister of Malaysia undertook an official visit to Thailand \
as part of his tour of ASEAN member countries. Both sides agreed to \
enhance connectivity.
";
    assert_eq!(
        summary(&extract(tour)),
        ["MYS+THA undertaking affirmative agreed to | enhance connectivity"]
    );
    let heading = "\
Joint Press Release on the Outcome of the 2nd Ministerial Meeting

1. Overview
The Ministers met in Manila for the 2nd Philippines-Japan Ministerial \
Meeting. The Ministers strongly opposed any unilateral attempts to \
change the status quo.
";
    assert_eq!(
        summary(&extract(heading)),
        ["JPN+PHL opposition affirmative opposed | any unilateral attempts to \
          change the status quo"]
    );
}

/// Speech formulas: `I take this opportunity to call for X` is the call;
/// `X is against Y` opposes Y, but `It is against this backdrop that` is
/// a cleft.
#[test]
fn speech_formulas() {
    let text = "\
Statement by Kazakhstan

I take this opportunity to call for fairer treatment of migrants. \
Kazakhstan is against the militarization of outer space. It is against \
this backdrop that we remain committed to dialogue.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "KAZ appeal affirmative call for | fairer treatment of migrants",
            "KAZ opposition affirmative is against | the militarization of \
             outer space",
            "KAZ undertaking affirmative committed to | dialogue",
        ]
    );
}

/// After a comma, a verb that backs, opposes or states is a predicate of
/// its own (`reiterate our commitment to A, welcome B, and will C`), but
/// not inside a relative clause (`activities that enhance A, support B`).
#[test]
fn a_stance_verb_after_a_comma_is_a_predicate_of_its_own() {
    let text = "\
G20 Riyadh Leaders' Declaration

We reiterate our commitment to the Paris Agreement, welcome the progress \
achieved since, and will continue to protect lives.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "G20 undertaking affirmative commitment to | the Paris Agreement",
            "G20 support affirmative welcome | the progress achieved since",
            "G20 undertaking affirmative will | continue to protect lives",
        ]
    );
    let relative = "\
G20 Riyadh Leaders' Declaration

We reaffirm our commitment to activities that enhance security, support \
sustainable development and promote peace.
";
    let records = extract(relative);
    assert!(
        records.iter().all(|r| r.kind == Kind::Undertaking),
        "{:#?}",
        summary(&records)
    );
}

/// In a stance's that-clause, `and will B` goes on the clause's subject:
/// a prediction, no one's undertaking (`We believe that the Summit will
/// lead to trust and will promote cooperation`); the actors' own clause
/// (`agreed that they will A and will B`) still commits them.
#[test]
fn a_second_will_inside_a_stance_is_the_clauses() {
    let text = "\
BIMSTEC Leaders Retreat Outcome Document

We believe that this joint Summit will lead to greater trust and will \
promote further cooperation. We agreed that we will meet and will talk.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "BIMSTEC position affirmative believe | this joint Summit will \
             lead to greater trust and will promote further cooperation",
            "BIMSTEC undertaking affirmative will | meet",
            "BIMSTEC undertaking affirmative will | talk",
        ]
    );
}

/// `Prime Minister Yasuo Fukuda of Japan and Prime Minister Kevin Rudd of
/// Australia`: a titled person `of` a country is one element of a list,
/// whether the lexicon knows the person or not.
#[test]
fn titled_persons_of_countries_coordinate() {
    let text = "\
Joint Statement of Japan and Australia

Prime Minister Yasuo Fukuda of Japan and Prime Minister Kevin Rudd of \
Australia confirmed their commitment to strengthen ties.
";
    assert_eq!(
        summary(&extract(text)),
        ["AUS+JPN undertaking affirmative commitment to | strengthen ties"]
    );
}

/// `the support of X for Y`: X backs Y; `support of` without an owner and
/// an object (`in support of`, `the support of the people`) backs nothing.
#[test]
fn the_support_of_an_owner_for_an_object() {
    let text = "\
54th Pacific Islands Forum Leaders Meeting Communique

We reaffirm the support of the Pacific Islands Forum for Australia's bid \
to host COP31. We welcome the support of the people.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "PIF support affirmative support of | Australia's bid to host \
             COP31",
            "PIF support affirmative welcome | the support of the people",
        ]
    );
}

/// `Australia and India's joint commitment to V`: both own it, and the
/// stance verb over it is no record of its own.
#[test]
fn coordinated_owners_of_a_commitment() {
    let text = "\
Joint Statement of India and Australia

The two Prime Ministers underscored Australia and India's joint \
commitment to enhancing regional cooperation.
";
    assert_eq!(
        summary(&extract(text)),
        ["AUS+IND undertaking affirmative commitment to | enhancing regional \
          cooperation"]
    );
}

/// `US` in capitals is the United States (treaty titles `US - Jordan`);
/// `us` and `Un` (Kim Jong Un) are no one.
#[test]
fn two_capitals_name_an_actor_only_in_capitals() {
    let text = "\
US - Jordan

Each Party shall enforce its labour laws. Kim Jong Un should join us.
";
    assert_eq!(
        summary(&extract(text)),
        ["JOR+USA undertaking affirmative shall | enforce its labour laws"]
    );
}

/// Japanese readouts (`affirmed to continue to`, `concurred to`), a
/// stance noun with an adjective (`the growing importance of X`), and an
/// opening's subject matter (`In light of the aggression of X against Y,`)
/// that names no party.
#[test]
fn readout_idioms_and_opening_topics() {
    let text = "\
Joint Statement

In light of the military aggression of Israel against Iran, the Foreign \
Ministers of Jordan and Egypt met in Cairo. They concurred to work \
together. They recognized the growing importance of trade in services.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "EGY+JOR undertaking affirmative concurred to | work together",
            "EGY+JOR position affirmative recognized | trade in services",
        ]
    );
}

/// A treaty preamble right under its title (`Resolved to`, `Convinced
/// that`) is the parties'; a hedging trigger hedges every action under it
/// (`DESIRING to A, to B`); `notably:` announces a list.
#[test]
fn treaty_preambles_hedges_and_notably_lists() {
    let text = "\
Free Trade Agreement between the Republic of Chile and the People's \
Republic of China

Resolved to promote reciprocal trade. DESIRING to strengthen trade, to \
enable technology transfer and to promote research.

The Parties shall cooperate in fields of mutual interest, notably:

(a) agriculture;

(b) fisheries.
";
    let records = extract(text);
    assert_eq!(
        summary(&records),
        [
            "CHL+CHN undertaking affirmative Resolved to | promote reciprocal \
             trade",
            "CHL+CHN undertaking affirmative DESIRING to | strengthen trade",
            "CHL+CHN undertaking affirmative DESIRING to | enable technology \
             transfer",
            "CHL+CHN undertaking affirmative DESIRING to | promote research",
            "CHL+CHN undertaking affirmative shall | cooperate in fields of \
             mutual interest, notably",
            "CHL+CHN undertaking affirmative shall | agriculture",
            "CHL+CHN undertaking affirmative shall | fisheries",
        ]
    );
    assert!(records[1..4].iter().all(|r| r.strength == Strength::Tentative));
}

/// A short aside between a modal and its verb (`shall, where
/// appropriate, promote`) keeps the verb the modal's.
#[test]
fn an_aside_between_shall_and_its_verb() {
    let text = "\
Agreement between Chile and China

The Parties shall, where appropriate, promote trade. Each Party shall, in \
accordance with Article 3, phase out duties.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "CHL+CHN undertaking affirmative shall | promote trade",
            "CHL+CHN undertaking affirmative shall | phase out duties",
        ]
    );
}

/// Several fronted phrases of subject matter before the speakers
/// (`In light of X, as a result of the aggression of Israel against Iran,
/// the Foreign Ministers of Jordan and Egypt affirm`) name no party.
#[test]
fn several_fronted_topics_name_no_party() {
    let text = "\
Joint Statement

In light of the regional developments, as a result of the aggression of \
Israel against the Islamic Republic of Iran, the Foreign Ministers of \
Jordan and Egypt hereby affirm that dialogue is the only path. They \
called on all parties to exercise restraint.
";
    assert_eq!(
        summary(&extract(text)),
        [
            "EGY+JOR position affirmative affirm | dialogue is the only path",
            "EGY+JOR appeal affirmative called on | exercise restraint",
        ]
    );
}

/// What a body consists of is no one's undertaking.
#[test]
fn a_bodys_composition_is_no_undertaking() {
    let text = "\
Treaty establishing the Caribbean Community

The Conference shall consist of the Heads of Government. The Joint \
Committee shall constitute consultations under Article 15. The Parties \
shall establish a Joint Committee.
";
    assert_eq!(
        summary(&extract(text)),
        ["CARICOM undertaking affirmative shall | establish a Joint Committee"]
    );
}
