"""Write eventwire's generated training text for the event-type classifier: data/typer_text.tsv.

Every phrase below was written for eventwire; sentences are composed from them with a fixed seed, so the file
is the same on every run. Countries are real, people and towns are invented or generic, and the events are
illustrations, not reports. Each mode of each PLOVER type has its own lede predicates (past tense, composed
with an actor, a time, a place and a register: agency, broadsheet, dateline, local, translated-sounding),
from which headlines are derived, and mini stories are built: a lede followed by two to eight sentences of
detail, reaction, quotes, background and an earlier event mentioned in passing.

    python scripts/make_typer_text.py            # rewrite src/eventwire/data/typer_text.tsv
    python scripts/make_typer_text.py --check    # exit 1 when the file is not what this script writes
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "typer_text.tsv"
SEED = 20261126

# country, adjective, capital, other cities
COUNTRIES = [
    ("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Recife", "Porto Alegre"]),
    ("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Eldoret"]),
    ("France", "French", "Paris", ["Lyon", "Marseille", "Nantes"]),
    ("India", "Indian", "New Delhi", ["Mumbai", "Kolkata", "Chennai"]),
    ("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar"]),
    ("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Maiduguri"]),
    ("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Culiacan"]),
    ("Colombia", "Colombian", "Bogota", ["Medellin", "Cali", "Cucuta"]),
    ("Peru", "Peruvian", "Lima", ["Cusco", "Arequipa", "Puno"]),
    ("Chile", "Chilean", "Santiago", ["Valparaiso", "Concepcion", "Antofagasta"]),
    ("Argentina", "Argentine", "Buenos Aires", ["Cordoba", "Rosario", "Mendoza"]),
    ("Germany", "German", "Berlin", ["Hamburg", "Munich", "Leipzig"]),
    ("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Wroclaw"]),
    ("Italy", "Italian", "Rome", ["Milan", "Naples", "Turin"]),
    ("Spain", "Spanish", "Madrid", ["Barcelona", "Seville", "Valencia"]),
    ("Greece", "Greek", "Athens", ["Thessaloniki", "Patras"]),
    ("Turkey", "Turkish", "Ankara", ["Istanbul", "Izmir", "Diyarbakir"]),
    ("Egypt", "Egyptian", "Cairo", ["Alexandria", "Port Said"]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ["Mekele", "Gondar", "Bahir Dar"]),
    ("Sudan", "Sudanese", "Khartoum", ["Omdurman", "El Fasher", "Port Sudan"]),
    ("Somalia", "Somali", "Mogadishu", ["Kismayo", "Baidoa"]),
    ("Mali", "Malian", "Bamako", ["Gao", "Timbuktu", "Mopti"]),
    ("Niger", "Nigerien", "Niamey", ["Agadez", "Zinder"]),
    ("Senegal", "Senegalese", "Dakar", ["Thies", "Ziguinchor"]),
    ("Ghana", "Ghanaian", "Accra", ["Kumasi", "Tamale"]),
    ("South Africa", "South African", "Pretoria", ["Johannesburg", "Durban", "Cape Town"]),
    ("Zimbabwe", "Zimbabwean", "Harare", ["Bulawayo", "Mutare"]),
    ("Uganda", "Ugandan", "Kampala", ["Gulu", "Mbarara"]),
    ("Congo", "Congolese", "Kinshasa", ["Goma", "Bukavu", "Lubumbashi"]),
    ("Iraq", "Iraqi", "Baghdad", ["Basra", "Mosul", "Erbil"]),
    ("Iran", "Iranian", "Tehran", ["Isfahan", "Tabriz", "Mashhad"]),
    ("Syria", "Syrian", "Damascus", ["Aleppo", "Homs", "Idlib"]),
    ("Lebanon", "Lebanese", "Beirut", ["Tripoli", "Sidon"]),
    ("Jordan", "Jordanian", "Amman", ["Zarqa", "Irbid"]),
    ("Yemen", "Yemeni", "Sanaa", ["Aden", "Taiz", "Hodeidah"]),
    ("Saudi Arabia", "Saudi", "Riyadh", ["Jeddah", "Dammam"]),
    ("Afghanistan", "Afghan", "Kabul", ["Kandahar", "Herat", "Jalalabad"]),
    ("Bangladesh", "Bangladeshi", "Dhaka", ["Chittagong", "Sylhet"]),
    ("Myanmar", "Myanmar", "Naypyitaw", ["Yangon", "Mandalay"]),
    ("Thailand", "Thai", "Bangkok", ["Chiang Mai", "Pattani"]),
    ("Indonesia", "Indonesian", "Jakarta", ["Surabaya", "Medan", "Makassar"]),
    ("Philippines", "Philippine", "Manila", ["Cebu", "Davao", "Marawi"]),
    ("Japan", "Japanese", "Tokyo", ["Osaka", "Okinawa"]),
    ("South Korea", "South Korean", "Seoul", ["Busan", "Incheon"]),
    ("China", "Chinese", "Beijing", ["Shanghai", "Guangzhou", "Urumqi"]),
    ("Vietnam", "Vietnamese", "Hanoi", ["Ho Chi Minh City", "Da Nang"]),
    ("Russia", "Russian", "Moscow", ["St Petersburg", "Novosibirsk", "Kazan"]),
    ("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Lviv"]),
    ("Georgia", "Georgian", "Tbilisi", ["Batumi", "Kutaisi"]),
    ("Armenia", "Armenian", "Yerevan", ["Gyumri"]),
    ("Serbia", "Serbian", "Belgrade", ["Novi Sad", "Nis"]),
    ("Hungary", "Hungarian", "Budapest", ["Debrecen", "Szeged"]),
    ("Britain", "British", "London", ["Manchester", "Glasgow", "Belfast"]),
    ("Canada", "Canadian", "Ottawa", ["Toronto", "Montreal", "Vancouver"]),
    ("the United States", "US", "Washington", ["Chicago", "Houston", "Atlanta"]),
    ("Australia", "Australian", "Canberra", ["Sydney", "Melbourne", "Perth"]),
    ("Venezuela", "Venezuelan", "Caracas", ["Maracaibo", "Valencia"]),
    ("Bolivia", "Bolivian", "La Paz", ["Santa Cruz", "Cochabamba"]),
    ("Ecuador", "Ecuadorian", "Quito", ["Guayaquil", "Cuenca"]),
    ("Haiti", "Haitian", "Port-au-Prince", ["Cap-Haitien", "Gonaives"]),
    ("Tunisia", "Tunisian", "Tunis", ["Sfax", "Sousse"]),
    ("Algeria", "Algerian", "Algiers", ["Oran", "Constantine"]),
    ("Morocco", "Moroccan", "Rabat", ["Casablanca", "Marrakesh"]),
    ("Libya", "Libyan", "Tripoli", ["Benghazi", "Misrata"]),
    ("Sri Lanka", "Sri Lankan", "Colombo", ["Kandy", "Jaffna"]),
    ("Nepal", "Nepali", "Kathmandu", ["Pokhara", "Biratnagar"]),
    ("Kazakhstan", "Kazakh", "Astana", ["Almaty", "Shymkent"]),
    ("Norway", "Norwegian", "Oslo", ["Bergen", "Tromso"]),
    ("Sweden", "Swedish", "Stockholm", ["Gothenburg", "Malmo"]),
    ("Mozambique", "Mozambican", "Maputo", ["Beira", "Pemba"]),
]
FIRST = ["Ana", "Joseph", "Fatima", "Ahmed", "Maria", "Luis", "Grace", "Samuel", "Olga", "Pavel", "Amina", "Hassan",
         "Li", "Wei", "Kenji", "Yuki", "Carlos", "Elena", "Tomas", "Ingrid", "Kwame", "Nadia", "Omar", "Priya",
         "Ravi", "Sofia", "Dmitri", "Aisha", "Juan", "Lucia", "Mehmet", "Leila", "Peter", "Hanna", "Ibrahim", "Rosa"]
LAST = ["Mendes", "Otieno", "Haddad", "Kovac", "Ruiz", "Okafor", "Nakamura", "Petrov", "Silva", "Mensah",
        "Rahman", "Garcia", "Novak", "Yilmaz", "Sato", "Kowalski", "Ndlovu", "Castillo", "Hosseini", "Chen",
        "Fischer", "Moreau", "Ivanova", "Diallo", "Banerjee", "Alvarez", "Kimura", "Abebe", "Lindqvist", "Osei"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

FRONTS = ["Popular Liberation Front", "Northern Defence Army", "Movement for Justice and Equality",
          "Sons of the Valley", "Revolutionary Armed Brigades", "United Resistance Council", "Free Highlands Army"]
PARTIES = ["National Renewal Party", "Democratic Alliance", "People's Movement", "Social Democrats",
           "Civic Platform", "Freedom Party", "Union for Progress"]
ORGS = ["the United Nations", "the European Union", "the African Union", "the World Bank",
        "the International Monetary Fund", "NATO", "ASEAN", "the Red Cross", "the World Food Programme",
        "the UN refugee agency", "the Organization of American States", "ECOWAS", "the Arab League",
        "the UN Security Council", "the UN human rights office"]
POOLS = {
    "S": ["{C}", "{C}", "the {ADJ} government", "{CAP}", "the {ADJ} foreign ministry", "{ADJ} President {NAME}",
          "the {ADJ} prime minister", "{ADJ} officials", "the government of {C}", "the {ADJ} authorities",
          "Prime Minister {NAME} of {C}", "the government in {CAP}", "{ADJ} Foreign Minister {NAME}"],
    "S2": ["{C2}", "{C2}", "the {ADJ2} government", "{CAP2}", "neighbouring {C2}", "the authorities in {CAP2}"],
    "LEADER": ["President {NAME}", "Prime Minister {NAME}", "the {ADJ} president", "{ADJ} Foreign Minister {NAME}",
               "the {ADJ} prime minister", "the {ADJ} defence minister", "Interior Minister {NAME}"],
    "LEADER2": ["President {NAME2}", "Prime Minister {NAME2}", "the {ADJ2} president", "his {ADJ2} counterpart",
                "{ADJ2} Foreign Minister {NAME2}", "the {ADJ2} prime minister"],
    "POLICE": ["police", "riot police", "security forces", "{ADJ} police", "officers", "plainclothes officers",
               "anti-terrorism police", "police in {CITY}", "the interior ministry", "the national guard"],
    "ARMY": ["the {ADJ} army", "{ADJ} troops", "government forces", "the military", "the {ADJ} navy",
             "the {ADJ} air force", "{ADJ} soldiers", "{ADJ} forces", "the armed forces"],
    "ARMED": ["rebels", "militants", "gunmen", "insurgents", "an armed group", "separatist fighters",
              "jihadist fighters", "a local militia", "armed bandits", "fighters of the {FRONT}", "the {FRONT}"],
    "PEOPLE": ["thousands of protesters", "workers", "students", "farmers", "residents of {CITY}",
               "hundreds of teachers", "nurses", "opposition supporters", "truck drivers", "activists",
               "dock workers", "miners", "taxi drivers", "women's groups", "pensioners", "doctors"],
    "OPP": ["the opposition", "the main opposition party", "opposition leader {NAME}", "the {PARTY}",
            "rights groups", "a coalition of civil society groups", "the country's largest union", "lawmakers"],
    "ORG": ORGS,
    "COURT": ["a court in {CITY}", "the Supreme Court", "a military tribunal", "the high court",
              "judges in {CAP}", "a district court", "an appeals court"],
    "PERSON": ["opposition leader {NAME}", "journalist {NAME}", "activist {NAME}", "former minister {NAME}",
               "the editor {NAME}", "businessman {NAME}", "rights lawyer {NAME}", "blogger {NAME}"],
}

# Lede predicates by type and mode: "KIND|predicate" (KIND names the subject pool) or "FULL|sentence".
LEDES: dict[str, dict[str, list[str]]] = {
    "AGREE": {"": [
        "S|agreed to resume trade talks with {S2}",
        "S|promised to sign a border agreement with {S2} before the end of the year",
        "LEADER|pledged to work with {LEADER2} on a new energy pipeline",
        "S|said it was ready to negotiate with {S2} without preconditions",
        "S|offered to mediate between the warring parties in {C2}",
        "S|agreed in principle to a prisoner exchange with {S2}",
        "S|and {S2} agreed to set up a joint commission on water sharing",
        "S|said it would ratify the climate treaty next month",
        "ARMED|said they were willing to join peace talks with the government",
        "OPP|agreed to take part in a national dialogue proposed by the president",
        "S|accepted an invitation to host the next round of negotiations",
        "LEADER|promised to open the country's markets to {ADJ2} goods",
        "S|and {S2} reached a deal in principle on fishing rights, to be signed next month",
        "S|committed to holding elections within eighteen months",
        "S|signalled its readiness to restore diplomatic ties with {S2}",
        "LEADER|vowed to cooperate fully with the international investigation",
        "S|agreed to a framework for future talks on the disputed islands",
        "S|said it would join the regional free trade area",
        "FULL|The two sides agreed to meet again in {CAP} to finalise a peace deal.",
        "FULL|{C} and {C2} announced an agreement in principle to reopen their shared border.",
        "FULL|Negotiators from both sides agreed on a timetable for further talks.",
        "S|offered to host a summit on the refugee crisis",
        "S|expressed willingness to share intelligence with {S2} on smuggling networks",
        "ARMED|agreed to a proposal to hold talks with the government in {CAP2}",
        "S|pledged to work towards a ceasefire in the region",
        "LEADER|promised that {C} would sign the nuclear non-proliferation accord",
        "S|agreed to consider {C2}'s request to extradite the suspects",
        "S|indicated it would accept international mediation of the dispute",
    ]},
    "CONSULT": {
        "visit": [
            "LEADER|arrived in {CAP2} on a two-day state visit",
            "LEADER|visited {CAP2} for talks with {LEADER2}",
            "LEADER|hosted {LEADER2} in {CAP} for talks on trade and security",
            "LEADER|met {LEADER2} in {CAP2} on the first foreign trip of his term",
            "LEADER|travelled to {CAP2} to discuss the border crisis with {LEADER2}",
            "FULL|{LEADER2} received {ADJ} Foreign Minister {NAME} in {CAP2}.",
            "S|welcomed a delegation from {C2} for two days of talks",
            "LEADER|paid an official visit to {C2}, the first by a {ADJ} leader in a decade",
            "LEADER|held talks with {LEADER2} during a visit to {CAP2}",
            "LEADER|flew to {CAP2} for a meeting with {LEADER2}",
        ],
        "third-party": [
            "FULL|Envoys from {C} and {C2} met in Geneva for talks brokered by Norway.",
            "FULL|Officials from {C} and {C2} held talks in Doha under Qatari mediation.",
            "FULL|Representatives of the government and the {FRONT} met in Oslo for a new round of negotiations.",
            "S|and {S2} held indirect talks in Muscat, with Omani officials shuttling between the delegations",
            "FULL|{LEADER} and {LEADER2} met in Istanbul at the invitation of the Turkish president.",
            "FULL|Delegations from both sides gathered in Addis Ababa for talks hosted by the African Union.",
            "S|sent negotiators to Vienna for talks with {S2} mediated by European diplomats",
            "FULL|The warring parties met in Jeddah for talks facilitated by Saudi Arabia and the United States.",
        ],
        "multilateral": [
            "FULL|Foreign ministers of the European Union met in Brussels to discuss the crisis in {C2}.",
            "FULL|Leaders of the Group of 20 gathered in {CAP} for a two-day summit.",
            "S|joined talks at the United Nations on the conflict in {C2}",
            "FULL|NATO defence ministers met to discuss support for the alliance's eastern members.",
            "FULL|Heads of state from across the region met at an African Union summit in Addis Ababa.",
            "FULL|The UN Security Council held an emergency session on the fighting in {C2}.",
            "FULL|ASEAN leaders discussed the situation in Myanmar at a summit in Jakarta.",
            "FULL|Finance ministers of the BRICS group met in {CAP} to discuss trade in local currencies.",
            "LEADER|met regional leaders at the ECOWAS summit in Abuja",
        ],
        "phone": [
            "LEADER|spoke by phone with {LEADER2} about the crisis",
            "LEADER|held a telephone call with {LEADER2} to discuss bilateral ties",
            "LEADER|and {LEADER2} discussed the ceasefire in a phone call",
            "FULL|In a video call, {LEADER} and {LEADER2} discussed energy supplies.",
            "LEADER|called {LEADER2} to discuss the situation on the border",
            "FULL|{LEADER} spoke to {LEADER2} by telephone, his office said.",
            "LEADER|held a virtual meeting with {LEADER2} on climate finance",
        ],
        "": [
            "S|held talks with {S2} on the disputed border",
            "LEADER|met {LEADER2} to discuss security cooperation",
            "S|and {S2} opened negotiations on a new trade agreement",
            "FULL|Negotiators from {C} and {C2} resumed talks on a prisoner exchange.",
            "LEADER|discussed the refugee crisis with {LEADER2}",
            "OPP|held talks with the government on electoral reform",
            "S|consulted its allies on the proposed peace plan",
            "FULL|Government and rebel negotiators sat down for a third round of talks.",
        ],
    },
    "SUPPORT": {"": [
        "S|praised {S2}'s efforts to end the conflict",
        "LEADER|endorsed the peace plan put forward by {LEADER2}",
        "S|recognised the new government in {CAP2}",
        "S|and {S2} signed a treaty of friendship and cooperation",
        "S|ratified the free trade agreement with {S2}",
        "LEADER|expressed support for {C2}'s bid to join the European Union",
        "S|welcomed the outcome of the elections in {C2}",
        "LEADER|defended {C2}'s right to protect its borders",
        "S|congratulated {LEADER2} on his re-election",
        "ORG|commended {S2} for holding peaceful elections",
        "S|voiced solidarity with {S2} after the earthquake",
        "S|backed {C2}'s candidacy for a seat on the UN Security Council",
        "S|signed the regional security pact in {CAP2}",
        "FULL|{C} and {C2} signed an agreement on cooperation in science and education.",
        "LEADER|hailed the ceasefire as a victory for diplomacy",
        "S|expressed its full support for the government of {C2}",
        "S|endorsed the United Nations resolution on the protection of civilians",
        "LEADER|praised the security forces for their restraint",
        "S|voted in favour of {C2}'s admission to the organisation",
        "FULL|Parliament ratified the peace accord by a large majority.",
        "S|welcomed the release of the detained journalists in {C2}",
        "S|formally recognised the independence of the breakaway region",
        "LEADER|lauded the role of {S2} in brokering the truce",
        "ORG|welcomed the agreement between the government and the rebels",
        "S|signed a memorandum of understanding with {S2} on energy",
        "LEADER|voiced strong support for the reform programme of {LEADER2}",
        "S|apologised to {S2}, and the two sides signed a joint declaration",
        "OPP|endorsed the government's candidate for the central bank",
        "S|applauded the decision of {S2} to abolish the death penalty",
        "LEADER|thanked {S2} for its support during the crisis",
    ]},
    "CONCEDE": {"": [
        "S|lifted the state of emergency imposed after the riots",
        "LEADER|pardoned {N} political prisoners",
        "S|eased restrictions on travel to the border region",
        "S|apologised to {S2} for the killing of its fishermen",
        "S|announced a unilateral ceasefire over the holiday",
        "S|agreed to lift the ban on opposition rallies",
        "S|announced it would withdraw its troops from the disputed zone",
        "LEADER|offered an amnesty to fighters who lay down their arms",
        "S|scrapped the controversial fuel price increase after weeks of protests",
        "S|reversed its decision to close the border with {S2}",
        "S|lifted the curfew in {CITY}",
        "S|eased the blockade of the coastal region",
        "S|suspended the planned tax increase",
        "LEADER|conceded defeat in the presidential election",
        "S|acknowledged responsibility for the air strike that killed civilians",
        "S|dropped its objection to {C2}'s membership of the trade bloc",
        "S|lifted a ban on imports of {ADJ2} wheat",
        "S|commuted the death sentences of {N} prisoners",
        "S|announced it would end the media blackout in the north",
        "S|gave in to the demands of striking workers and raised wages",
        "S|restored internet access in the province",
        "S|withdrew the contested bill from parliament",
        "S|eased visa rules for {ADJ2} citizens",
        "LEADER|formally apologised for abuses committed by the army during the war",
        "S|promised to release detained protesters",
        "S|lifted sanctions on {S2}",
        "S|unfroze the assets of {ADJ2} banks",
        "S|offered compensation to families of victims of the police crackdown",
        "S|agreed to drop charges against the opposition leader",
        "S|relaxed controls on foreign media in the country",
    ]},
    "COOPERATE": {"": [
        "S|and {S2} began joint naval exercises in the Black Sea",
        "S|extradited two suspects wanted in {C2} for fraud",
        "S|and {S2} signed a deal to build a railway linking their capitals",
        "S|agreed to share intelligence with {S2} on cross-border smuggling",
        "FULL|{ADJ} and {ADJ2} troops held joint military drills near the border.",
        "S|handed over a suspected militant leader to {S2}",
        "S|and {S2} launched joint patrols along their shared border",
        "S|and {S2} opened a new border crossing for trade",
        "S|resumed oil exports to {S2}",
        "S|and {S2} began construction of a joint hydroelectric dam",
        "S|and {S2} exchanged prisoners of war",
        "FULL|Police from {C} and {C2} carried out a joint operation against drug traffickers.",
        "S|and {S2} agreed to pool their research on vaccines",
        "S|began supplying natural gas to {S2} through a new pipeline",
        "S|and {S2} set up a joint task force on human trafficking",
        "S|signed a contract to buy grain from {S2}",
        "S|and {S2} resumed direct flights after a five-year break",
        "FULL|The navies of {C} and {C2} conducted joint search-and-rescue exercises.",
        "S|transferred the prisoner to {S2} to serve out his sentence",
        "S|and {S2} launched a joint investigation into the smuggling ring",
        "S|deported a fugitive businessman to {C2} at {CAP2}'s request",
        "S|agreed to export electricity to {S2} under a new deal",
        "S|and {S2} started work on a joint space satellite",
        "S|and {S2} signed a currency swap agreement",
        "S|and {S2} began coordinating air defences",
        "S|increased imports of {ADJ2} coal under a new trade deal",
        "S|opened its ports to {ADJ2} ships under a new maritime agreement",
        "FULL|Scientists from {C} and {C2} began a joint survey of the disputed waters.",
    ]},
    "AID": {
        "economic": [
            "S|granted {S2} a loan of {MONEY} to support its budget",
            "ORG|approved {MONEY} in financing for {C2}",
            "S|pledged {MONEY} to help {S2} rebuild its power grid",
            "S|wrote off {MONEY} of {C2}'s debt",
            "ORG|disbursed {MONEY} to {S2} under its bailout programme",
            "S|signed a {MONEY} development aid package for {S2}",
            "S|extended a credit line of {MONEY} to {S2}",
            "ORG|agreed to restructure {C2}'s debt and release new funds",
        ],
        "military": [
            "S|delivered air defence systems to {S2}",
            "S|announced {MONEY} in military aid for {S2}",
            "S|sent artillery shells and armoured vehicles to {S2}",
            "S|provided drones and training to {ADJ2} troops",
            "S|shipped rifles and ammunition to {ADJ2} forces fighting the insurgents",
            "S|sent military advisers to train the {ADJ2} army",
            "S|handed over patrol boats to the {ADJ2} navy",
            "S|supplied fighter jets to {S2}",
        ],
        "humanitarian": [
            "S|sent tonnes of food and medicine to {S2} after the floods",
            "ORG|delivered emergency food aid to families in {CITY2}",
            "S|flew tents, blankets and water purifiers to earthquake survivors in {C2}",
            "ORG|began distributing food to displaced people in {CITY2}",
            "S|dispatched a field hospital and doctors to {S2}",
            "ORG|launched an emergency appeal and sent relief supplies to {C2}",
            "S|sent rescue teams to {S2} to search for survivors of the earthquake",
            "S|airlifted vaccines to {S2} to fight the cholera outbreak",
        ],
        "peacekeeping": [
            "S|deployed {NN} peacekeepers to {C2} under a UN mandate",
            "ORG|voted to send a peacekeeping force to {C2}",
            "S|sent troops to join the African Union mission in {C2}",
            "S|agreed to contribute a battalion to the peacekeeping force in {C2}",
            "ORG|extended its peacekeeping mission in {C2} for another year",
            "S|sent soldiers to protect civilians in {C2} at the request of its government",
        ],
        "asylum": [
            "S|granted asylum to a dissident journalist from {C2}",
            "S|granted political asylum to the former {ADJ2} minister",
            "S|gave refuge to {NN} people fleeing the fighting in {C2}",
            "S|offered asylum to the {ADJ2} opposition leader",
            "S|agreed to take in refugees from {C2}",
            "S|accepted the asylum request of a defecting {ADJ2} diplomat",
        ],
        "": [
            "S|announced a new aid package for {S2}",
            "S|provided assistance to {S2} after the disaster",
            "ORG|said it would give {MONEY} to {S2}",
        ],
    },
}
LEDES.update({
    "RETREAT": {
        "withdraw": [
            "ARMY|withdrew from the disputed border town",
            "S|pulled its troops out of the buffer zone",
            "ARMED|pulled back from positions around {CITY}",
            "S|completed the withdrawal of its forces from {C2}",
            "ARMY|retreated from the frontline villages under a deal brokered by {ORG}",
            "S|handed control of the border crossing back to {S2}",
            "S|began withdrawing its soldiers from the peacekeeping mission's zone",
            "ARMED|abandoned their positions in the hills above {CITY}",
        ],
        "release": [
            "ARMED|freed {N} hostages",
            "S|released {N} political prisoners",
            "S|freed the detained {ADJ2} sailors",
            "ARMED|released the kidnapped aid workers",
            "S|set free {PERSON} after two years in detention",
            "POLICE|released the journalists detained during the protests",
            "FULL|{N} hostages were freed by their captors after weeks of negotiations.",
            "S|released the crew of the seized tanker",
        ],
        "return": [
            "S|returned the remains of {N} soldiers to {S2}",
            "S|handed back the seized fishing boats to {S2}",
            "S|returned looted artefacts to {S2}",
            "S|gave back land confiscated from farmers during the war",
            "S|returned the impounded cargo ship to its {ADJ2} owners",
            "S|restored property seized from opposition politicians",
        ],
        "disarm": [
            "ARMED|handed in their weapons to UN monitors",
            "FULL|Hundreds of former fighters laid down their arms in a ceremony in {CITY}.",
            "ARMED|surrendered to the army",
            "S|began dismantling its chemical weapons stockpile",
            "ARMED|began demobilising under the peace agreement",
            "FULL|{N} rebel commanders surrendered with their men and weapons.",
            "S|destroyed its remaining stock of landmines",
        ],
        "ceasefire": [
            "FULL|A ceasefire between the army and the rebels took effect at midnight.",
            "ARMED|observed the truce for a third day",
            "FULL|Guns fell silent in {CITY} as the truce came into force.",
            "S|halted its offensive as the ceasefire took hold",
            "FULL|The truce agreed by {C} and {C2} held overnight, with no shelling reported.",
            "ARMED|stopped firing as the humanitarian pause began",
        ],
        "access": [
            "S|allowed UN inspectors into the nuclear site",
            "S|let aid convoys into the besieged city of {CITY}",
            "ARMED|allowed humanitarian workers to enter the areas they control",
            "S|opened the border crossing to let aid trucks through",
            "S|granted international observers access to the prisons",
            "S|permitted journalists to enter the conflict zone for the first time",
        ],
        "resign": [
            "LEADER|resigned",
            "FULL|The {ADJ} prime minister stepped down after weeks of protests.",
            "FULL|{ADJ} Interior Minister {NAME} resigned over the handling of the riots.",
            "FULL|The head of the electoral commission quit amid allegations of fraud.",
            "FULL|The {ADJ} defence minister resigned after the scandal.",
            "FULL|The governor of {CITY} stepped down following the bribery allegations.",
            "FULL|The entire {ADJ} cabinet resigned.",
        ],
        "": [
            "S|backed down and ended its military operation",
            "ARMED|gave up control of the town",
        ],
    },
    "REQUEST": {
        "assist": [
            "S|asked {ORG} for emergency food aid",
            "S|appealed to the international community for help after the floods",
            "S|requested military assistance from {S2}",
            "S|asked {S2} for a loan to pay its debts",
            "LEADER|called on allies to send more air defence systems",
            "S|sought help from {ORG} to fight the cholera outbreak",
            "S|appealed to {S2} to restore electricity supplies",
            "ORG|appealed for {MONEY} to help refugees from {C2}",
        ],
        "change": [
            "S|urged {S2} to reform its electoral law",
            "OPP|demanded the resignation of the prime minister",
            "ORG|called on {S2} to abolish the death penalty",
            "S|called on {S2} to respect human rights",
            "OPP|demanded new elections",
            "S|urged {S2} to halt construction of the dam",
            "ORG|asked {S2} to repeal the law on foreign agents",
            "LEADER|urged {LEADER2} to change course on the planned reforms",
        ],
        "yield": [
            "S|demanded that {S2} release the detained sailors",
            "ORG|called for an immediate ceasefire",
            "S|urged {S2} to lift the blockade",
            "OPP|demanded the release of political prisoners",
            "S|called on {S2} to withdraw its troops from the border",
            "ORG|urged the warring parties to lay down their arms",
            "S|demanded that the rebels free the hostages",
            "LEADER|called on {S2} to lift the sanctions",
        ],
        "meet": [
            "S|proposed talks with {S2} to settle the dispute",
            "S|called for a meeting of the UN Security Council",
            "LEADER|invited {LEADER2} for talks",
            "OPP|asked for a meeting with the president",
            "S|requested mediation by {ORG}",
            "ARMED|called for negotiations with the government",
            "S|urged {S2} to return to the negotiating table",
        ],
        "": [
            "S|asked {S2} to explain the incident",
            "ORG|called on all sides to show restraint",
            "S|requested information from {S2} about the missing citizens",
        ],
    },
    "ACCUSE": {
        "disapprove": [
            "S|condemned the missile test by {S2}",
            "S|criticised {S2} over its treatment of minorities",
            "S|denounced the election in {C2} as a sham",
            "ORG|deplored the violence against protesters in {C2}",
            "LEADER|slammed the decision of {S2} to close the border",
            "S|summoned the {ADJ2} ambassador to protest against the remarks",
            "S|lodged a formal complaint with {S2} over the incursion",
            "OPP|condemned the government's handling of the crisis",
        ],
        "investigate": [
            "S|opened an investigation into the deaths of protesters",
            "FULL|Prosecutors in {CAP} launched a probe into the sale of state land.",
            "ORG|began an inquiry into alleged war crimes in {C2}",
            "FULL|A parliamentary committee began investigating the central bank's losses.",
            "POLICE|launched an investigation into the bombing",
            "S|set up a commission to investigate the massacre",
            "FULL|Anti-corruption investigators raided no offices but opened a case into the ministry's contracts.",
            "FULL|The International Criminal Court opened an investigation into abuses in {C2}.",
        ],
        "allege": [
            "S|accused {S2} of arming the rebels",
            "S|accused {S2} of violating its airspace",
            "OPP|accused the government of rigging the election",
            "FULL|Prosecutors charged {PERSON} with corruption.",
            "S|filed a lawsuit against {S2} at the International Court of Justice",
            "FULL|{PERSON} went on trial in {CAP} on charges of treason.",
            "S|blamed {S2} for the attack on its embassy",
            "FULL|A court in {CITY} indicted {N} officials for embezzlement.",
            "ORG|accused the army of killing civilians",
        ],
        "": [
            "S|said {S2} was responsible for the crisis",
            "OPP|criticised the budget as reckless",
        ],
    },
    "REJECT": {
        "assist": [
            "S|refused to accept aid from {S2}",
            "S|rejected {C2}'s offer of help",
            "S|turned down a loan offer from {ORG}",
            "S|declined to share intelligence with {S2}",
            "S|refused to supply weapons to {S2}",
            "S|rejected a request from {S2} for emergency funds",
        ],
        "change": [
            "S|rejected calls for electoral reform",
            "LEADER|refused to step down despite the protests",
            "S|dismissed demands to change the constitution",
            "S|rejected the demands of {ORG} to repeal the law",
            "OPP|rejected the proposed changes to the constitution",
            "S|refused to reverse its decision to raise fuel prices",
        ],
        "yield": [
            "S|refused to release the detained {ADJ2} sailors",
            "ARMED|rejected calls to lay down their weapons",
            "S|refused to lift the blockade",
            "S|vetoed the UN resolution calling for a ceasefire",
            "S|refused to withdraw its troops",
            "S|defied calls to free the opposition leader",
            "ARMED|refused to release the hostages",
        ],
        "meet": [
            "S|rejected {C2}'s offer of talks",
            "ARMED|refused to take part in the peace talks",
            "OPP|boycotted talks with the government and rejected its proposal",
            "S|rejected the peace plan proposed by {S2}",
            "LEADER|declined an invitation to meet {LEADER2}",
            "S|turned down the offer of mediation by {ORG}",
        ],
        "": [
            "S|rejected the accusations as baseless",
            "S|denied any involvement in the attack",
            "S|dismissed the report by {ORG}",
        ],
    },
    "THREATEN": {
        "restrict": [
            "S|threatened to close its border with {S2}",
            "PEOPLE|threatened to go on strike if their demands are not met",
            "S|warned it would impose a blockade on the port",
            "S|threatened to cut gas supplies to {S2}",
            "OPP|threatened to block the roads into the capital",
            "S|warned it would ban imports from {S2}",
        ],
        "ban": [
            "S|threatened to ban the main opposition party",
            "S|warned it would outlaw the union if the strike went ahead",
            "S|threatened to shut down the social media platform",
            "S|threatened to bar the opposition leader from the election",
            "S|warned newspapers they could be banned for printing the report",
        ],
        "arrest": [
            "POLICE|threatened to arrest anyone who joined the march",
            "S|warned that organisers of the protest would be jailed",
            "FULL|A court in {CAP} issued an arrest warrant for {PERSON}.",
            "S|threatened to detain the striking doctors",
            "FULL|Prosecutors warned {PERSON} that he faced arrest if he returned.",
        ],
        "relations": [
            "S|threatened to cut diplomatic ties with {S2}",
            "S|warned it would suspend aid to {S2}",
            "S|threatened to walk out of the talks",
            "S|threatened to recall its ambassador from {S2}",
            "ORG|warned {S2} it could lose its membership",
            "S|threatened sanctions against {S2} over the election",
        ],
        "expel": [
            "S|threatened to expel {ADJ2} diplomats",
            "S|warned it would expel the UN peacekeepers",
            "S|threatened to throw out foreign aid groups",
            "S|threatened to expel the ambassador of {S2}",
        ],
        "territory": [
            "S|threatened to annex the disputed region",
            "LEADER|warned that {C} would seize the islands if talks failed",
            "ARMED|threatened to take the city of {CITY}",
            "S|threatened to occupy the border strip held by {S2}",
        ],
        "violence": [
            "S|warned {S2} of a military response",
            "ARMED|threatened to attack government buildings",
            "LEADER|threatened to use force against {S2}",
            "S|warned it would strike back if attacked",
            "ARMED|threatened to kill the hostages",
            "S|issued an ultimatum to the rebels to leave the city or face an assault",
        ],
        "": [
            "S|warned {S2} of serious consequences",
            "LEADER|warned of retaliation",
        ],
    },
})
LEDES.update({
    "PROTEST": {
        "demo": [
            "PEOPLE|marched through {CITY} to demand higher wages",
            "PEOPLE|rallied outside parliament against the new tax law",
            "FULL|Tens of thousands of people took to the streets of {CAP} to protest against the government.",
            "PEOPLE|held a peaceful demonstration in central {CITY}",
            "FULL|Thousands of demonstrators gathered in front of the presidential palace.",
            "OPP|staged a rally in {CITY} against the election results",
            "PEOPLE|protested outside the {ADJ2} embassy",
            "FULL|Crowds filled the main square of {CITY} on a fourth day of protests.",
        ],
        "riot": [
            "FULL|Rioters set fire to cars and looted shops in {CITY}.",
            "PEOPLE|clashed with police and torched government buildings",
            "FULL|Violent protests broke out in {CITY}, with demonstrators throwing stones at police.",
            "FULL|Angry crowds ransacked the offices of the ruling party.",
            "FULL|Youths rioted in the suburbs of {CITY} for a third night.",
            "FULL|Protesters stormed the parliament building and smashed windows.",
        ],
        "strike": [
            "PEOPLE|went on strike over pay",
            "FULL|Dock workers walked off the job, halting traffic at the port of {CITY}.",
            "FULL|A general strike paralysed {CAP} as unions protested against pension cuts.",
            "PEOPLE|began an indefinite strike",
            "FULL|Railway workers staged a 48-hour walkout.",
            "FULL|Miners downed tools at the country's largest copper mine.",
        ],
        "hunger": [
            "FULL|{PERSON} began a hunger strike in prison.",
            "FULL|Dozens of detainees went on hunger strike to protest their conditions.",
            "FULL|Jailed activists refused food for a tenth day.",
            "FULL|Families of the missing began a hunger strike outside the ministry.",
            "FULL|Asylum seekers held at a detention centre in {CITY} launched a hunger strike.",
        ],
        "boycott": [
            "OPP|boycotted the parliamentary elections",
            "FULL|Consumers boycotted {ADJ2} goods after the diplomatic row.",
            "OPP|boycotted the opening session of parliament",
            "FULL|Students boycotted classes to protest against tuition fees.",
            "FULL|Traders boycotted the market in protest at new taxes.",
        ],
        "obstruct": [
            "PEOPLE|blocked the main highway into {CITY}",
            "FULL|Farmers blocked roads with tractors across the country.",
            "FULL|Protesters occupied the entrance to the mine and stopped trucks from leaving.",
            "FULL|Activists blockaded the port, preventing ships from unloading.",
            "FULL|Demonstrators set up barricades on the bridges into {CITY}.",
        ],
        "vandalize": [
            "FULL|Protesters toppled a statue of the former dictator in {CITY}.",
            "FULL|Activists daubed paint on the walls of the ministry.",
            "FULL|Demonstrators defaced a monument to the colonial governor.",
            "FULL|Climate activists threw paint over a painting in the national gallery.",
            "FULL|Protesters tore down campaign posters of the ruling party.",
        ],
        "": [
            "PEOPLE|protested against the rise in food prices",
            "FULL|Demonstrations spread to several cities.",
        ],
    },
    "SANCTION": {
        "convict": [
            "COURT|sentenced {PERSON} to ten years in prison",
            "COURT|convicted {N} former officials of corruption",
            "COURT|found the former president guilty of abuse of power",
            "COURT|jailed {N} activists for taking part in the protests",
            "COURT|ruled the emergency decree unconstitutional",
            "COURT|sentenced the rebel commander to life in prison for war crimes",
        ],
        "expel": [
            "S|expelled {N} {ADJ2} diplomats",
            "S|ordered the {ADJ2} ambassador to leave the country",
            "S|declared two {ADJ2} diplomats persona non grata",
            "ORG|suspended {C2} from the bloc after the coup",
            "FULL|The ruling party expelled the former minister from its ranks.",
            "S|expelled the UN envoy",
        ],
        "withdraw": [
            "S|recalled its ambassador from {S2}",
            "S|pulled out of the international agreement",
            "S|withdrew from the peace talks",
            "S|withdrew its observers from the election mission in {C2}",
            "S|quit the regional organisation",
            "S|withdrew its delegation from the summit",
        ],
        "discontinue": [
            "S|imposed sanctions on {S2}",
            "S|froze the assets of {ADJ2} officials",
            "S|suspended aid to {S2}",
            "S|banned imports of {ADJ2} oil",
            "S|cut diplomatic ties with {S2}",
            "ORG|imposed an arms embargo on {C2}",
            "S|suspended all trade with {S2}",
            "S|halted military cooperation with {S2}",
        ],
        "": [
            "S|downgraded relations with {S2}",
            "S|punished {S2} with new tariffs",
        ],
    },
    "MOBILIZE": {
        "troops": [
            "S|deployed {NN} troops to the border with {C2}",
            "ARMY|massed soldiers and tanks near the frontier",
            "S|called up {NN} reservists",
            "S|sent extra troops to the northern province",
            "ARMY|moved armoured units towards {CITY}",
            "S|ordered a general mobilisation",
            "ARMY|reinforced its positions along the ceasefire line",
        ],
        "weapons": [
            "S|put its nuclear forces on high alert",
            "S|sent an aircraft carrier to the region",
            "S|deployed missile batteries near the border",
            "ARMY|moved warships into the strait",
            "S|placed its air defences on maximum alert",
            "S|held missile drills off its coast",
            "S|scrambled fighter jets over the disputed islands",
        ],
        "police": [
            "S|deployed thousands of police officers ahead of the rally",
            "POLICE|were put on alert in {CITY} ahead of the verdict",
            "S|sent riot police to the capital's main square",
            "S|deployed the national guard to {CITY}",
            "FULL|Security was stepped up in {CAP} with police checkpoints on every main road.",
            "S|mobilised special police units to guard polling stations",
        ],
        "militia": [
            "ARMED|mobilised fighters in the hills above {CITY}",
            "FULL|Armed groups gathered thousands of fighters near {CITY}.",
            "ARMED|called on supporters to take up arms",
            "FULL|Local militias massed on the outskirts of {CITY}.",
            "FULL|Tribal fighters were recruited and armed ahead of the expected offensive.",
            "ARMED|moved fighters and weapons into the border region",
        ],
        "": [
            "S|raised the alert level of its armed forces",
            "ARMY|began manoeuvres near the border",
        ],
    },
    "COERCE": {
        "seize": [
            "POLICE|raided the offices of the opposition newspaper",
            "S|seized a tanker carrying {ADJ2} oil",
            "POLICE|confiscated property belonging to {PERSON}",
            "S|nationalised the assets of foreign mining companies",
            "POLICE|searched the homes of {N} activists",
            "S|impounded a {ADJ2} fishing vessel",
        ],
        "restrict": [
            "S|placed {PERSON} under house arrest",
            "S|barred {PERSON} from running in the election",
            "S|imposed travel restrictions on opposition politicians",
            "POLICE|sealed off the city centre",
            "S|closed the border to all travellers",
            "S|banned public gatherings of more than ten people",
        ],
        "ban": [
            "S|banned the main opposition party",
            "COURT|outlawed the union",
            "S|dissolved the opposition party and banned its leaders from politics",
            "S|banned the activities of foreign-funded charities",
            "S|outlawed the religious movement",
        ],
        "censor": [
            "S|blocked access to social media",
            "S|shut down an independent television station",
            "S|censored reports about the protests",
            "S|banned the distribution of the newspaper",
            "S|revoked the licences of two radio stations",
            "S|ordered the removal of news websites critical of the government",
        ],
        "curfew": [
            "S|imposed a night-time curfew in {CITY}",
            "S|declared a curfew after the riots",
            "FULL|A dusk-to-dawn curfew was imposed in {CITY}.",
            "S|ordered residents of {CITY} to stay indoors from 8 pm",
            "S|extended the curfew to three more provinces",
        ],
        "martial-law": [
            "S|declared a state of emergency",
            "S|imposed martial law in the eastern provinces",
            "LEADER|declared a state of emergency and suspended parliament",
            "S|placed {CITY} under military rule",
            "S|extended the state of emergency for another three months",
        ],
        "arrest": [
            "POLICE|arrested {N} opposition activists",
            "POLICE|detained {PERSON}",
            "POLICE|rounded up dozens of protesters",
            "FULL|{PERSON} was arrested at {CAP} airport.",
            "POLICE|took {N} suspects into custody",
            "S|jailed {PERSON} without trial",
        ],
        "deport": [
            "S|deported {N} {ADJ2} migrants",
            "S|expelled a foreign journalist",
            "S|deported the {ADJ2} aid worker",
            "S|forcibly returned asylum seekers to {C2}",
            "S|ordered the expulsion of {N} foreign missionaries",
        ],
        "withhold": [
            "S|cut off electricity to the rebel-held region",
            "S|halted food deliveries to the besieged city",
            "S|cut the water supply to {CITY}",
            "S|stopped fuel shipments to the breakaway province",
            "S|shut down the internet across the north",
            "S|suspended salaries of civil servants in the region",
        ],
        "misinformation": [
            "S|ran a disinformation campaign against {S2}",
            "FULL|State media spread false reports that the opposition leader had fled the country.",
            "S|used fake social media accounts to spread propaganda in {C2}",
            "FULL|A network of fake accounts linked to {C} spread false claims about the election.",
            "S|published fabricated documents to discredit the opposition",
        ],
        "cyber": [
            "FULL|Hackers linked to {C} attacked the computer systems of {C2}'s central bank.",
            "S|launched a cyber attack on {C2}'s power grid",
            "FULL|A cyber attack knocked government websites offline.",
            "FULL|State-backed hackers broke into the email accounts of {ADJ2} officials.",
            "FULL|Ransomware attackers paralysed the hospital network in {CITY}.",
        ],
        "": [
            "POLICE|cracked down on dissent",
            "S|tightened controls on civil society",
        ],
    },
})
LEDES.update({
    "ASSAULT": {
        "abduct": [
            "ARMED|kidnapped {N} schoolchildren",
            "ARMED|abducted a group of aid workers near {CITY}",
            "ARMED|hijacked a bus and took the passengers hostage",
            "FULL|Gunmen seized {N} villagers in a raid on {CITY}.",
            "ARMED|took {N} foreign engineers hostage",
        ],
        "beat": [
            "POLICE|beat demonstrators with batons",
            "FULL|Supporters of the ruling party beat up {PERSON}.",
            "FULL|A mob assaulted two journalists covering the rally.",
            "FULL|Guards beat prisoners during a search of the cells.",
            "FULL|{PERSON} was badly beaten by unknown attackers.",
        ],
        "torture": [
            "FULL|Detainees were tortured in a secret prison, former inmates said.",
            "POLICE|tortured suspects to extract confessions",
            "FULL|Soldiers tortured captured fighters with electric shocks.",
            "FULL|Prisoners were subjected to torture at the military base.",
        ],
        "sexual": [
            "FULL|Soldiers raped women in the villages they occupied.",
            "ARMED|sexually assaulted women and girls during the raid",
            "FULL|Fighters committed widespread sexual violence against civilians.",
            "FULL|Militia members raped dozens of women fleeing the fighting.",
        ],
        "targeted": [
            "ARMED|shot dead a local councillor in {CITY}",
            "ARMED|killed {N} unarmed civilians",
            "FULL|Gunmen killed a prominent human rights lawyer outside his home.",
            "ARMY|killed {N} detainees in custody",
            "ARMED|killed the village chief and his family",
        ],
        "assassinate": [
            "FULL|{PERSON} was assassinated in {CAP}.",
            "ARMED|assassinated the governor of the province",
            "FULL|An attempt on the life of the president failed when his convoy was attacked.",
            "FULL|The defence minister was killed by a sniper in an apparent assassination.",
        ],
        "execute": [
            "S|executed {N} prisoners convicted of drug trafficking",
            "ARMED|executed {N} captured soldiers",
            "FULL|{N} men were hanged at a prison in {CITY}.",
            "S|carried out the execution of the opposition activist",
        ],
        "massacre": [
            "ARMED|massacred more than {NN} villagers",
            "FULL|Dozens of civilians were massacred in an attack on the market town of {CITY}.",
            "FULL|Gunmen killed at least {NN} people in a massacre at a village near {CITY}.",
            "ARMY|killed scores of civilians in a massacre in the north",
        ],
        "cleansing": [
            "ARMED|drove thousands of members of the minority from their homes",
            "FULL|Militias forcibly expelled the entire population of several villages.",
            "ARMY|burned villages and forced their residents to flee in what the UN called ethnic cleansing",
            "FULL|Thousands of people were driven from the region because of their ethnicity.",
        ],
        "destroy": [
            "ARMED|blew up a power station",
            "ARMED|set fire to a school",
            "ARMED|destroyed a bridge on the main supply route",
            "FULL|Saboteurs damaged the gas pipeline near {CITY}.",
            "ARMY|demolished homes in the occupied village",
        ],
        "primitive": [
            "FULL|Attackers armed with machetes killed {N} people in a village near {CITY}.",
            "FULL|A mob armed with knives and sticks attacked a church.",
            "ARMED|set fire to homes with the families inside",
            "FULL|Assailants with clubs and stones attacked a convoy of refugees.",
            "FULL|A man stabbed {N} people at a market in {CITY}.",
        ],
        "firearms": [
            "ARMED|opened fire on a police checkpoint",
            "FULL|Gunmen shot dead {N} people at a bus station.",
            "ARMED|attacked an army post with assault rifles",
            "FULL|A gunman opened fire in a crowded market in {CITY}, killing {N}.",
            "ARMED|ambushed a patrol, killing {N} soldiers",
        ],
        "explosives": [
            "FULL|A car bomb exploded outside a government building in {CAP}, killing {N} people.",
            "FULL|A roadside bomb hit a military convoy near {CITY}.",
            "ARMED|detonated an explosive device at a market",
            "FULL|A landmine killed {N} soldiers on patrol.",
            "FULL|A bomb tore through a crowded bus in {CITY}.",
        ],
        "suicide-attack": [
            "FULL|A suicide bomber killed {N} people at a mosque in {CITY}.",
            "FULL|A suicide car bomber rammed into an army base.",
            "FULL|A suicide attacker blew himself up at a checkpoint in {CAP}.",
            "FULL|Two suicide bombers struck a police station in {CITY}.",
        ],
        "aerial": [
            "ARMY|launched air strikes on rebel positions",
            "FULL|Warplanes bombed the town of {CITY}.",
            "FULL|Helicopter gunships attacked a convoy of fighters.",
            "S|carried out air raids on militant camps in {C2}",
            "FULL|Fighter jets struck targets in the north overnight.",
        ],
        "drone": [
            "FULL|A drone strike killed {N} militants near {CITY}.",
            "S|attacked {C2}'s oil facilities with drones",
            "ARMED|launched drones at the airport",
            "FULL|Kamikaze drones hit power stations across {C2}.",
            "FULL|An armed drone struck a car carrying a militant commander.",
        ],
        "heavy-weapons": [
            "ARMY|shelled {CITY}",
            "S|fired missiles at {C2}",
            "FULL|Artillery fire hit residential areas of {CITY}.",
            "ARMED|fired rockets into the city",
            "FULL|Tanks attacked the outskirts of {CITY}.",
            "ARMY|pounded rebel positions with artillery",
        ],
        "crowd-control": [
            "POLICE|fired tear gas at protesters in {CITY}",
            "POLICE|used water cannon to disperse demonstrators",
            "POLICE|fired rubber bullets at the crowd",
            "FULL|Riot police charged protesters with batons and tear gas.",
            "POLICE|broke up the rally with stun grenades",
        ],
        "unconventional": [
            "FULL|A chemical attack killed dozens of people in {CITY}.",
            "ARMY|used chlorine gas against civilians",
            "FULL|Nerve agent was used in an attack on a rebel-held town.",
            "FULL|Investigators confirmed that sarin had been used in the attack on {CITY}.",
        ],
        "": [
            "ARMED|attacked an army base",
            "FULL|Fighting broke out between the army and rebels near {CITY}.",
            "ARMED|killed {N} soldiers in an attack",
        ],
    },
})

# What a story calls its event, for reactions and background ("the attack", "the agreement").
NOUNS = {
    "AGREE": ["the agreement", "the pledge", "the offer", "the deal"],
    "CONSULT": ["the talks", "the meeting", "the visit", "the summit"],
    "SUPPORT": ["the endorsement", "the declaration", "the treaty", "the move"],
    "CONCEDE": ["the decision", "the concession", "the move", "the amnesty"],
    "COOPERATE": ["the exercises", "the deal", "the joint operation", "the project"],
    "AID": ["the aid", "the assistance", "the package", "the deliveries"],
    "RETREAT": ["the withdrawal", "the release", "the handover", "the truce"],
    "REQUEST": ["the appeal", "the demand", "the request", "the call"],
    "ACCUSE": ["the accusations", "the allegations", "the charges", "the criticism"],
    "REJECT": ["the refusal", "the rejection", "the veto", "the decision"],
    "THREATEN": ["the threat", "the warning", "the ultimatum", "the remarks"],
    "PROTEST": ["the protests", "the strike", "the demonstrations", "the unrest"],
    "SANCTION": ["the sanctions", "the expulsions", "the sentence", "the decision"],
    "MOBILIZE": ["the deployment", "the build-up", "the mobilisation", "the troop movements"],
    "COERCE": ["the arrests", "the crackdown", "the ban", "the raids"],
    "ASSAULT": ["the attack", "the bombing", "the killings", "the violence"],
}
# Sentences that go on about the lede's own event (labelled with the story's type).
DETAILS = {
    "AGREE": ["The deal is expected to be signed at a ceremony in {CAP} next month.",
              "Under the proposal, both sides would reduce tariffs over five years.",
              "Officials said the details would be worked out by a joint committee.",
              "The promise came after months of difficult negotiations."],
    "CONSULT": ["The two leaders discussed trade, energy and regional security, according to a joint statement.",
                "It was their first meeting since the dispute began.",
                "The talks lasted more than three hours.",
                "Further meetings are planned for next month."],
    "SUPPORT": ["The treaty still has to be approved by the senate.",
                "The statement was read out at a news conference in {CAP}.",
                "Officials described the relationship as a strategic partnership.",
                "The endorsement is seen as a boost for the government ahead of the vote."],
    "CONCEDE": ["The decision takes effect immediately, the presidency said.",
                "Those released will have to report to the police once a month.",
                "The move had been a key demand of the opposition.",
                "Officials said the measure would be reviewed in three months."],
    "COOPERATE": ["The exercises involve {NN} personnel and dozens of ships and aircraft.",
                  "Trade between the two countries reached {MONEY} last year.",
                  "The project is expected to be completed by 2030.",
                  "The two suspects were flown to {CAP2} under police escort."],
    "AID": ["The first shipments arrived at the airport in {CAP2} on {DAY}.",
            "The package includes food, medicine and shelter for {NN} families.",
            "The money will be paid in three instalments.",
            "It brings the total assistance pledged since the crisis began to {MONEY}."],
    "RETREAT": ["The freed men were taken to a hospital for checks.",
                "Monitors confirmed that the last units had left by nightfall.",
                "The hostages had been held for more than two months.",
                "The handover took place at a border crossing in the presence of Red Cross officials."],
    "REQUEST": ["The appeal was made in a letter sent to {ORG}.",
                "The statement gave no deadline for a response.",
                "Officials said the request would be discussed at a meeting next week.",
                "The call was echoed by several opposition parties."],
    "ACCUSE": ["The ministry said it had evidence of the violations.",
               "If convicted, the defendants face up to fifteen years in prison.",
               "The inquiry is expected to report within six months.",
               "{C2} has repeatedly denied the allegations."],
    "REJECT": ["The decision ends hopes of an early settlement.",
               "Officials said the proposal was unacceptable in its current form.",
               "The refusal was announced in a brief statement.",
               "It was the second time this year that the offer had been turned down."],
    "THREATEN": ["No deadline was given, but officials said patience was running out.",
                 "The warning came in a statement carried by state media.",
                 "Analysts said the threat should be taken seriously.",
                 "It was the strongest language yet from {CAP} in the dispute."],
    "PROTEST": ["Organisers said more than {NN} people took part.",
                "Demonstrators carried banners and chanted slogans against the government.",
                "Shops and schools remained closed in the city centre.",
                "Police said {N} people were detained during the protest."],
    "SANCTION": ["The measures take effect next week.",
                 "The diplomats were given 72 hours to leave the country.",
                 "The defendants' lawyers said they would appeal.",
                 "The move is expected to hit exports worth {MONEY} a year."],
    "MOBILIZE": ["Satellite images showed columns of armoured vehicles on the move.",
                 "The deployment is the largest in the region in a decade.",
                 "Officials described the move as a precaution.",
                 "Checkpoints were set up on all roads leading to the area."],
    "COERCE": ["The detainees were taken to an unknown location.",
               "Their lawyers said they had not been allowed to see them.",
               "The measures will remain in place until further notice.",
               "Rights groups said the crackdown was the harshest in years."],
    "ASSAULT": ["The death toll rose to {N} on {DAY}, hospital officials said.",
                "Dozens of people were wounded and taken to hospital.",
                "No group has claimed responsibility for the attack.",
                "Witnesses said the explosion could be heard across the city."],
}
QUOTES = {
    "AGREE": ["\"This is a first step towards lasting peace,\" {LEADER} told reporters.",
              "\"We are ready to work together,\" the minister said."],
    "CONSULT": ["\"We had a frank and constructive discussion,\" {LEADER} said after the meeting.",
                "\"Dialogue is the only way forward,\" a spokesman said."],
    "SUPPORT": ["\"We stand shoulder to shoulder with our friends,\" {LEADER} said.",
                "\"This is a historic day for our two nations,\" the minister said."],
    "CONCEDE": ["\"We have listened to the people,\" {LEADER} said in a televised address.",
                "\"We regret the suffering that was caused,\" the statement said."],
    "COOPERATE": ["\"Our cooperation makes both countries stronger,\" the minister said.",
                  "\"This partnership will create thousands of jobs,\" an official said."],
    "AID": ["\"Families here have lost everything,\" said {NAME}, an aid worker in {CITY2}.",
            "\"This help could not come at a better time,\" the minister said."],
    "RETREAT": ["\"I am just happy to be home,\" one of the freed men told reporters.",
                "\"This is a gesture of goodwill,\" a government spokesman said."],
    "REQUEST": ["\"We cannot do this alone,\" {LEADER} said.",
                "\"The world must act now,\" the envoy told reporters."],
    "ACCUSE": ["\"This is completely unacceptable,\" the spokesman said.",
               "\"Those responsible must be held to account,\" {LEADER} said."],
    "REJECT": ["\"We will never accept these conditions,\" {LEADER} said.",
               "\"The answer is no,\" a senior official said."],
    "THREATEN": ["\"If they cross this line, they will pay a heavy price,\" {LEADER} said.",
                 "\"All options are on the table,\" a spokesman said."],
    "PROTEST": ["\"We cannot feed our families on these wages,\" said {NAME}, a protester.",
                "\"We will stay on the streets until our demands are met,\" an organiser said."],
    "SANCTION": ["\"Their behaviour has consequences,\" the foreign minister said.",
                 "\"Justice has been done,\" the prosecutor said after the verdict."],
    "MOBILIZE": ["\"We are ready for any scenario,\" the army chief said.",
                 "\"These are defensive measures,\" a defence ministry spokesman said."],
    "COERCE": ["\"They came at night and took him away,\" his wife said.",
               "\"This is about public order,\" the interior minister said."],
    "ASSAULT": ["\"There were bodies everywhere,\" said {NAME}, a witness.",
                "\"We heard a loud bang and then screaming,\" a shopkeeper said."],
}
# Reactions to the story's event, each of its own type: {EV} is the event's noun.
REACTIONS = [
    ("ACCUSE", "disapprove", "{S2} condemned {EV}."),
    ("ACCUSE", "disapprove", "The opposition criticised {EV} as a mistake."),
    ("SUPPORT", "", "{S2} welcomed {EV}."),
    ("SUPPORT", "", "{ORG} praised {EV} as a step in the right direction."),
    ("REQUEST", "yield", "{ORG} called on all sides to show restraint."),
    ("REQUEST", "change", "Rights groups urged the government to reconsider."),
    ("REQUEST", "meet", "{S2} called for talks to resolve the crisis."),
    ("REJECT", "", "{S2} dismissed {EV} as propaganda."),
    ("THREATEN", "violence", "{S2} warned it would respond."),
    ("ACCUSE", "investigate", "{ORG} said it would investigate {EV}."),
]
# Background that reports no event of its own.
BACKGROUND = [
    "Relations between {C} and {C2} have been tense since {YEAR}.",
    "The country of {N} million people has been in economic crisis for years.",
    "Inflation reached {N} percent last month, the highest in a decade.",
    "Elections are due next year.",
    "The region is rich in oil and gas.",
    "{C} is one of the poorest countries in the world.",
    "The conflict has killed thousands of people and displaced millions since it began in {YEAR}.",
    "The two countries fought a war over the border in the 1990s.",
    "The government has been in power since {YEAR}.",
    "The ministry did not respond to a request for comment.",
    "Analysts said the move was aimed at voters ahead of the election.",
    "{LEADER} came to power in {YEAR} promising to fight corruption.",
    "The economy grew by {N} percent last year, according to official figures.",
    "The border stretches for more than {NN} kilometres.",
    "Talks between the two sides have stalled several times.",
    "{CITY} is the country's second-largest city.",
    "The currency has lost a third of its value this year.",
    "The United Nations says {N} million people need humanitarian assistance.",
    "Unemployment among young people stands at {N} percent.",
    "The issue has divided the ruling coalition.",
    "It was not immediately clear how many people were affected.",
    "The president's term ends in two years.",
    "The country is a major exporter of coffee and cocoa.",
    "Officials gave no further details.",
    "The government said the situation was under control.",
    "Diplomats said the dispute was unlikely to be resolved soon.",
    "Tourism accounts for a tenth of the economy.",
    "The {PARTY} won the last election with {N} percent of the vote.",
    "The parliament will meet again on {DAY}.",
    "More details are expected to be released later this week.",
    "{C} and {C2} share a long history of trade and migration.",
    "Observers said turnout was low.",
    "The region has seen growing tension over land and water.",
    "Oil prices rose by {N} percent on the news.",
    "It is the third such incident this year.",
    "The government has repeatedly promised reforms.",
]
PASSING = ["Last month, ", "In {YEAR}, ", "Earlier this year, ", "Two weeks ago, ", "Last year, ",
           "The move comes after ", "It follows a week in which ", "In a separate development, ",
           "Meanwhile, ", "On {DAY}, "]
# Ways of opening a lede: {L} is the core sentence without its full stop.
REGISTERS = [
    ("plain", "{L}{T}."), ("plain", "{L}{T}."), ("plain", "{L}{T}."),
    ("agency", "{ST} on {DAY} {P}."),
    ("agency", "{L}{T}, officials said."),
    ("agency", "{L}{T}, state media reported."),
    ("agency", "{L}{T}, according to a statement."),
    ("dateline", "{CITYUP}, {MONTH} {D} - {L}{T}."),
    ("dateline", "{CITYUP} ({AGENCY}) - {L}{T}."),
    ("broadsheet", "In a move that surprised many observers, {l}."),
    ("broadsheet", "After weeks of mounting tension, {l}{T}."),
    ("broadsheet", "In the latest turn of a long-running crisis, {l}."),
    ("broadsheet", "{L}, in what analysts described as a turning point."),
    ("local", "{L} in {CITY}{T}, residents said."),
    ("local", "{L}{T}, local officials told reporters."),
    ("translated", "On {DAY}, {l}."),
    ("translated", "It was reported that {l}{T}."),
    ("translated", "According to information received, {l}."),
    ("translated", "As was announced on {DAY}, {l}."),
    ("reported", "{SAYER} said {l}{T}."),
    ("reported", "{SAYER} said on {DAY} that {l}."),
    ("long", "In a significant development, {l}{T}, {AFTER}."),
    ("long", "{L}{T}, {AFTER}."),
    ("long", "{L}{T} amid {AMID}."),
    ("long", "Amid {AMID}, {l}{T}."),
    ("long", "{L}{T}, the latest sign of {AMID}."),
    ("long", "In a statement released on {DAY}, {l}."),
]
SAYERS = ["The ministry", "Officials", "The presidency", "A government spokesman", "State media",
          "The foreign ministry", "Witnesses", "A spokeswoman for the organisation", "Local media"]
AFTERS = ["a move that drew swift reactions at home and abroad", "marking a new chapter in relations between the "
          "two countries", "a step that analysts said could reshape the region", "a decision that caught many "
          "observers by surprise", "raising questions about what comes next", "according to people familiar "
          "with the matter", "in a development closely watched by neighbouring states"]
AMIDS = ["rising tensions in the region", "growing concern over the economy", "a deepening political crisis",
         "mounting international pressure", "a bitter dispute over the border", "weeks of uncertainty",
         "renewed fighting in the north", "growing public anger"]
TIMES = ["", "", " on {DAY}", " on {DAY}", " late on {DAY}", " this week", " overnight", " earlier this month"]
AGENCIES = ["Eventwire", "EWN", "Wire Service", "Press Agency"]

PER_TYPE = {"lede": 260, "headline": 110, "story": 150}
_ARTICLES = re.compile(r"\b(the|a|an|The|A|An) ")
_PASSIVE = re.compile(r"\b(was|were|has been|have been) ")
_PLURAL_EXCEPTIONS = ("Philippines", "States", "Nations", "Union", "Affairs")


class Filler:
    """Fills the placeholders of one story: its countries and people stay the same throughout."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        a, b = rng.sample(COUNTRIES, 2)
        self.values = {
            "C": a[0], "ADJ": a[1], "CAP": a[2], "C2": b[0], "ADJ2": b[1], "CAP2": b[2],
            "CITY": rng.choice([a[2]] + a[3]), "CITY2": rng.choice([b[2]] + b[3]),
            "NAME": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "NAME2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "FRONT": rng.choice(FRONTS), "PARTY": rng.choice(PARTIES), "DAY": rng.choice(DAYS),
            "MONTH": rng.choice(MONTHS), "D": str(rng.randint(1, 28)), "YEAR": str(rng.randint(1991, 2023)),
            "AGENCY": rng.choice(AGENCIES),
        }
        self.values["CITYUP"] = self.values["CITY"].upper()

    def fill(self, text: str) -> str:
        for _ in range(4):
            if "{" not in text:
                break
            text = re.sub(r"\{([A-Z0-9]+)\}", lambda m: self._value(m.group(1)), text)
        return text

    def _value(self, key: str) -> str:
        rng = self.rng
        if key in self.values:
            return self.values[key]
        if key in POOLS:
            return rng.choice(POOLS[key])
        if key == "N":
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 17, 20, 23, 30, 40, 45, 60])
            return rng.choice([str(n), _WORDS.get(n, str(n))])
        if key == "NN":
            return rng.choice(["200", "350", "1,000", "1,500", "2,000", "5,000", "12,000", "several thousand",
                               "hundreds of", "40,000"]).replace(" of", "")
        if key == "MONEY":
            return rng.choice(["$50 million", "$200 million", "$1.2 billion", "500 million euros", "$3 billion",
                               "$75 million", "2 billion yuan", "$400 million"])
        raise KeyError(key)


_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 60: "sixty"}


def capital(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def lower_start(s: str) -> str:
    """The sentence with its first letter lowered when it begins with a common word, not a name."""
    first = s.split(" ", 1)[0]
    common = first.lower() in _COMMON_STARTS or first in ("A", "An", "The")
    return s[:1].lower() + s[1:] if common else s


_COMMON_STARTS = {t.split(" ", 1)[0].lower() for pool in POOLS.values() for t in pool
                  if t[:1].islower() and t[:1] != "{"} | {"dozens", "hundreds", "thousands", "tens", "crowds",
                                                            "consumers", "students", "traders", "farmers",
                                                            "protesters", "activists", "demonstrators", "youths",
                                                            "miners", "railway", "dock", "detainees", "families",
                                                            "jailed", "asylum", "negotiators", "representatives",
                                                            "delegations", "envoys", "officials", "leaders",
                                                            "heads", "foreign", "finance", "security", "state",
                                                            "hackers", "ransomware", "armed", "local", "tribal",
                                                            "guns", "soldiers", "fighters", "militias",
                                                            "militia", "gunmen", "attackers", "assailants",
                                                            "warplanes", "helicopter", "fighter", "kamikaze",
                                                            "artillery", "tanks", "riot", "nerve", "investigators",
                                                            "prisoners", "guards", "supporters", "saboteurs",
                                                            "climate", "anti-corruption", "prosecutors",
                                                            "parliament", "scientists", "police", "hundreds"}


class Writer:
    """Composes ledes, headlines and stories from the tables, with one seeded random source."""

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self._lemma = _lemmatizer()

    def core(self, template: str, f: Filler) -> tuple[str, str | None, str | None]:
        """(sentence without full stop, subject, predicate); subject and predicate are None for FULL."""
        kind, _, body = template.partition("|")
        if kind == "FULL":
            return f.fill(body).rstrip("."), None, None
        subject, predicate = f.fill("{" + kind + "}"), f.fill(body)
        return capital(subject) + " " + predicate, subject, predicate

    def lede(self, template: str, f: Filler) -> str:
        text, subject, predicate = self.core(template, f)
        register, pattern = self.rng.choice(REGISTERS)
        if "{ST}" in pattern and subject is None:
            pattern = "{L}{T}."
        time = f.fill(self.rng.choice(TIMES)) if "{T}" in pattern else ""
        out = pattern.replace("{ST}", capital(subject or "")).replace("{P}", predicate or "")
        out = out.replace("{SAYER}", self.rng.choice(SAYERS)).replace("{AFTER}", self.rng.choice(AFTERS))
        out = out.replace("{AMID}", self.rng.choice(AMIDS))
        out = out.replace("{L}", text).replace("{l}", lower_start(text)).replace("{T}", time)
        return f.fill(out.replace("..", "."))

    def headline(self, template: str, f: Filler) -> str:
        text, subject, predicate = self.core(template, f)
        if subject is None:
            head = _PASSIVE.sub("", text)
        else:
            verb, _, rest = predicate.partition(" ")
            head = capital(subject) + " " + self._present(verb, subject) + (" " + rest if rest else "")
        head = _ARTICLES.sub("", head)
        head = capital(head.replace(" and ", " and ", 1))
        style = self.rng.random()
        if style < 0.15:
            head = f.fill("{C}: ") + lower_start(head)
        elif style < 0.25:
            head = " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in head.split(" "))
        return head

    def _present(self, verb: str, subject: str) -> str:
        base = self._lemma(verb)
        last = subject.split(" ")[-1]
        plural = (last.endswith("s") and not last.endswith("ss") and last not in _PLURAL_EXCEPTIONS) or \
            last in ("police", "people") or " and " in subject
        if plural or base == verb and verb.endswith("ed"):
            return base
        if base == "be":
            return "is"
        if base == "have":
            return "has"
        if re.search(r"(s|sh|ch|x|z|o)$", base):
            return base + "es"
        if re.search(r"[^aeiou]y$", base):
            return base[:-1] + "ies"
        return base + "s"


def _lemmatizer():
    from eventwire.annotate import load_nlp

    nlp = load_nlp("sm")
    cache: dict[str, str] = {}

    def lemma(verb: str) -> str:
        if verb not in cache:
            doc = nlp("They " + verb + " it.")
            cache[verb] = doc[1].lemma_.lower() if len(doc) > 1 else verb
        return cache[verb]
    return lemma


def templates() -> list[tuple[str, str, str, str]]:
    """(type, mode, template id, template) for every lede template."""
    out = []
    for label, modes in LEDES.items():
        for mode, items in modes.items():
            for i, t in enumerate(items):
                out.append((label, mode, f"{label}.{mode or '-'}.{i}", t))
    return out


def spread(items: list, n: int, rng: random.Random) -> list:
    """`n` items drawn round-robin from a shuffled copy, so each is used about equally."""
    pool = items[:]
    rng.shuffle(pool)
    return [pool[i % len(pool)] for i in range(n)]


def by_mode(label: str, n: int, rng: random.Random, all_templates) -> list:
    """`n` templates of a type, spread evenly over its modes, then over each mode's templates."""
    modes = sorted({m for t, m, _, _ in all_templates if t == label})
    per = {m: [x for x in all_templates if x[0] == label and x[1] == m] for m in modes}
    order = spread(modes, n, rng)
    counters = {m: spread(per[m], order.count(m), rng) for m in modes}
    out = []
    for m in order:
        out.append(counters[m].pop())
    return out


def rows(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """(kind, label, mode, group, title, text) rows: ledes, headlines, story parts and whole stories."""
    w = Writer(seed)
    rng = w.rng
    all_t = templates()
    out = []
    for label in LEDES:
        for kind in ("lede", "headline"):
            for t_label, mode, tid, t in by_mode(label, PER_TYPE[kind], rng, all_t):
                f = Filler(rng)
                text = w.lede(t, f) if kind == "lede" else w.headline(t, f)
                out.append((kind, t_label, mode, tid, "", text))
    for label in LEDES:
        for i, t in enumerate(DETAILS[label]):
            for _ in range(4):
                out.append(("detail", label, "", f"{label}.detail.{i}", "", Filler(rng).fill(t)))
        for i, t in enumerate(QUOTES[label]):
            for _ in range(4):
                out.append(("quote", label, "", f"{label}.quote.{i}", "", Filler(rng).fill(t)))
    for i, (label, mode, t) in enumerate(REACTIONS):
        for ev_label in NOUNS:
            f = Filler(rng)
            f.values["EV"] = rng.choice(NOUNS[ev_label])
            out.append(("reaction", label, mode, f"reaction.{i}", "", capital(f.fill(t))))
    for i, t in enumerate(BACKGROUND):
        for _ in range(6):
            out.append(("background", "NONE", "", f"background.{i}", "", Filler(rng).fill(t)))
    for label in LEDES:
        for t_label, mode, tid, t in by_mode(label, PER_TYPE["story"], rng, all_t):
            out.append(story(w, t_label, mode, tid, t, all_t))
    return out


def story(w: Writer, label: str, mode: str, tid: str, template: str, all_t) -> tuple:
    """A mini story: a title, then the lede followed by two to eight sentences about it and around it."""
    rng = w.rng
    f = Filler(rng)
    f.values["EV"] = rng.choice(NOUNS[label])
    # a headline words the event its own way: mostly another template of the same type and mode
    same = [x[3] for x in all_t if x[0] == label and x[1] == mode and x[3] != template]
    title_template = rng.choice(same) if same and rng.random() < 0.8 else template
    title = w.headline(title_template, f) if rng.random() < 0.85 else ""
    lede = w.lede(template, f)
    parts = [f.fill(d) for d in rng.sample(DETAILS[label], rng.randint(1, 2))]
    if rng.random() < 0.6:
        parts.append(f.fill(rng.choice(QUOTES[label])))
    if rng.random() < 0.5:
        parts.append(capital(f.fill(rng.choice(REACTIONS)[2])))
    parts += [f.fill(b) for b in rng.sample(BACKGROUND, rng.randint(1, 3))]
    if rng.random() < 0.5:
        other = rng.choice([x for x in all_t if x[0] != label])
        text, _, _ = w.core(other[3], f)
        parts.append(f.fill(rng.choice(PASSING)) + lower_start(text) + ".")
    rng.shuffle(parts)
    if rng.random() < 0.7 and parts[0] not in DETAILS[label]:
        first = next((p for p in parts if p[:20] in {f.fill(d)[:20] for d in DETAILS[label]}), None)
        if first is not None:
            parts.remove(first)
            parts.insert(0, first)
    body = " ".join([lede] + parts)
    return ("story", label, mode, tid, title, body)


HEADER = """# Generated training text for the event-type classifier (src/eventwire/code/typer.py).
# Source: composed by scripts/make_typer_text.py from phrases written for eventwire by its authors (lede
# predicates for every mode of every PLOVER 2.0 type, details, quotes, reactions, background); no sentence was
# taken or adapted from a corpus or gold set. Guidance came from the PLOVER 2.0 type and mode definitions
# (openeventdata/PLOVER, CC BY-SA 4.0; see plover.tsv). Countries are real; people, towns' events and figures
# are invented illustrations, not reports. This file is part of eventwire and shared under the same terms.
# Rebuild with: python scripts/make_typer_text.py
# Columns: kind (lede, headline, detail, quote, reaction, background, story), label (PLOVER type or NONE), mode,
# group (the template a row was composed from: cross-validation holds out whole groups), title (stories only),
# text (a sentence, or a story's body).
"""


def render(seed: int = SEED) -> str:
    lines = [HEADER.rstrip("\n"), "kind\tlabel\tmode\tgroup\ttitle\ttext"]
    for row in rows(seed):
        assert all("\t" not in x and "\n" not in x for x in row), row
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs; rebuild with: python scripts/make_typer_text.py")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for line in text.splitlines()[11:]:
        kind = line.split("\t", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    print(f"wrote {args.out}: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
