"""The common wording of diplomatic and conflict news, kind by kind.

These sentences were written here from the vocabulary of newswires in general (not taken
from any gold set): the synonyms and constructions an analyst's own documents will use
for each kind of event, so that a rule written for one wording covers its siblings."""

from __future__ import annotations

import pytest

import dyadscope
from dyadscope.model import Event

# (kind, actor1, actor2, sentence)
NEWS_WORDING: list[tuple[str, str, str, str]] = [
    # visits told by the guest's reception where no host is named
    ("visit", "FRA", "DEU", "The French president was enthusiastically received in Germany."),
    # diplomatic protest and criticism
    ("criticism_hostility", "CHN", "JPN",
     "Beijing lodged stern representations with Tokyo on Monday."),
    ("criticism_hostility", "CHN", "JPN", "China made solemn demarches to Japan over the visit."),
    ("criticism_hostility", "IND", "PAK", "India strongly objected to Pakistan's statement."),
    ("criticism_hostility", "CHN", "USA",
     "China expressed strong dissatisfaction with the United States."),
    ("criticism_hostility", "CHN", "JPN",
     "The Japanese ambassador was summoned by China's foreign ministry."),
    ("criticism_hostility", "IND", "PAK", "Pakistan's envoy was summoned by India."),
    ("criticism_hostility", "IRN", "USA", "Iran held Washington responsible for the attack."),
    # sanctions and other diplomatic or economic penalties
    ("sanction", "CHN", "USA", "China froze the assets of 12 American defence companies."),
    ("sanction", "RUS", "GBR", "Russia barred entry to 54 British officials."),
    ("sanction", "USA", "TUR", "The US removed Turkey from the F-35 programme."),
    ("sanction", "POL", "RUS", "Poland ordered the closure of the Russian consulate in Gdansk."),
    ("sanction", "USA", "CHN", "The US raised tariffs on Chinese goods to 145 percent."),
    ("sanction", "CHN", "USA", "China retaliated with tariffs of 125 percent on US goods."),
    ("sanction", "RUS", "MDA", "Russia halted gas supplies to Moldova."),
    ("sanction", "RUS", "EST", "An Estonian diplomat was expelled by Russia."),
    ("sanction", "IND", "PAK", "India suspended visas for Pakistani nationals."),
    ("sanction", "RUS", "TUR", "Moscow imposed trade restrictions on Ankara."),
    ("sanction", "SAU", "QAT", "Saudi Arabia has broken all diplomatic ties with Qatar."),
    ("sanction", "CHN", "KOR", "China placed a ban on South Korean cultural content."),
    ("sanction", "TCD", "SDN", "Chad banned Sudanese airlines from flying to Chad."),
    ("retreat", "AZE", "ARM",
     "Pashinyan said four of the Armenian soldiers released by Azerbaijan were from Syunik."),
    # conceding: admitting a fault
    ("concede", "LTU", "BLR",
     "Lithuania admitted that its border guards had violated the Belarusian border."),
    ("concede", "IRN", "UKR", "Iran admitted responsibility for downing the Ukrainian airliner."),
    ("sanction", "DZA", "MLI", "Algeria and Mali curtailed diplomatic ties on Monday."),
    ("sanction", "JPN", "KOR", "Japan removed South Korea from its whitelist of trusted partners."),
    ("sanction", "SOM", "ETH", "Somalia gave Ethiopia's ambassador 72 hours to leave."),
    ("sanction", "NER", "FRA",
     "Niger's junta revoked the French ambassador's diplomatic immunity."),
    ("sanction", "IND", "PAK",
     "India announced the suspension of the Indus Waters Treaty with Pakistan."),
    ("other", "CHN", "KAZ", "China and Kazakhstan formed diplomatic relations in 1992."),
    ("other", "AZE", "PAK", "Azerbaijan established its mission in Islamabad in August 1997."),
    ("sanction", "CHN", "KOR",
     "Military exchanges between China and South Korea were suspended in July."),
    ("coerce", "USA", "CHN", "The US revoked the visas of Chinese students."),
    ("coerce", "RUS", "USA", "Russia sentenced an American to 12 years in prison."),
    ("coerce", "CHN", "CAN", "Chinese police took two Canadians into custody."),
    # force
    ("armed_clash", "PAK", "IND", "Pakistan downed two Indian fighter jets."),
    ("armed_clash", "UKR", "RUS", "Ukrainian drones hit an oil refinery in Russia."),
    ("armed_clash", "CHN", "PHL", "A Chinese ship rammed a Philippine supply boat."),
    ("armed_clash", "RUS", "USA", "A Russian fighter jet collided with a US drone."),
    ("armed_clash", "SAU", "YEM",
     "Saudi-led coalition aircraft pounded Houthi positions in Yemen."),
    ("armed_clash", "COD", "RWA", "Congolese troops attacked Rwandan positions."),
    ("mobilize", "SRB", "XKX",
     "Serbia ordered its troops near the border with Kosovo to be on high alert."),
    ("armed_clash", "ISR", "LBN", "Israel counterattacked Hezbollah positions."),
    ("mobilize", "RUS", "UKR", "Russia amassed troops near the Ukrainian border."),
    ("mobilize", "CHN", "TWN", "China sent 71 warplanes into Taiwan's air defence zone."),
    # retreat and conciliation
    ("retreat", "IND", "CHN", "India and China completed disengagement at Depsang."),
    ("retreat", "USA", "AFG", "The US evacuated its embassy in Kabul."),
    ("retreat", "RUS", "UKR", "Russia handed over the bodies of 500 Ukrainian soldiers."),
    ("retreat", "RUS", "UKR", "Russia and Ukraine swapped 200 prisoners each."),
    ("retreat", "PAK", "IND", "Pakistan returned the captured Indian pilot."),
    ("retreat", "ARM", "AZE", "Armenia returned four villages to Azerbaijan."),
    ("retreat", "USA", "AFG", "The US completed its withdrawal from Afghanistan."),
    ("retreat", "RUS", "MDA", "Russia pulled its troops out of Moldova's Transnistria."),
    ("armed_clash", "IND", "CHN", "Indian and Chinese soldiers brawled in the Galwan Valley."),
    ("armed_clash", "ARM", "AZE", "Armenian armed forces subjected Azerbaijani positions to fire."),
    ("armed_clash", "IND", "PAK",
     "Two Pakistani soldiers were martyred in unprovoked Indian firing along the LoC."),
    ("armed_clash", "IND", "PAK",
     "Indian drones attacked targets in Pakistan-administered Kashmir."),
    ("arms_interest", "AZE", "PAK",
     "Azerbaijan is keen to acquire JF-17 Thunder jets from Pakistan."),
    ("reject", "GBR", "ARG", "Britain refused Argentina's demand for talks on the Falklands."),
    ("concede", "TUR", "RUS", "Turkey expressed regret to Russia for the downing of the jet."),
    ("concede", "USA", "CHN", "The US eased export controls on Chinese firms."),
    ("concede", "JPN", "VNM",
     "After the resolution of the Cambodia issue, Japan lifted its sanctions against Vietnam."),
    ("aid_project", "USA", "EGY", "The US resumed military aid to Egypt."),
    ("economic_cooperation", "TKM", "AFG",
     "Turkmenistan and Afghanistan launched the TAPI gas pipeline project."),
    ("concede", "USA", "IRN", "The US unfroze $6 billion in Iranian funds."),
    # consultation
    ("meeting", "CHN", "USA",
     "Chinese Foreign Minister Wang Yi sat down with US Secretary of State Antony Blinken."),
    ("meeting", "PAK", "AZE",
     "The Chief of Air Staff of the Pakistan Air Force called on the Azerbaijani "
     "defence minister in Baku."),
    ("meeting", "IND", "USA", "Modi and Biden exchanged views on the Indo-Pacific."),
    ("visit", "USA", "TWN", "US House Speaker Nancy Pelosi landed in Taipei."),
    ("visit", "TUR", "AZE", "Erdogan toured Baku last week."),
    ("visit", "DEU", "CHN",
     "German Chancellor Olaf Scholz headed to Beijing with a business delegation."),
    ("visit", "PAK", "SAU", "Pakistan's army chief flew into Riyadh on Sunday."),
    ("visit", "KEN", "ETH", "Kenya's president was in Ethiopia over the weekend."),
    ("visit", "BRA", "ARG", "Lula was in Buenos Aires last week to meet Argentine leaders."),
    ("negotiation", "SRB", "XKX", "Serbia and Kosovo are engaged in EU-facilitated dialogue."),
    ("negotiation", "IND", "CHN",
     "India and China held the 21st round of corps commander-level talks."),
    ("negotiation", "KOR", "JPN", "South Korea and Japan held a strategic dialogue in Seoul."),
    ("economic_cooperation", "TUR", "GEO", "Turkey and Georgia inaugurated a gas pipeline."),
    ("support_statement", "FRA", "ARM", "France reiterated its backing for Armenia's sovereignty."),
    ("sanction", "CAN", "IND", "Canada kicked out India's top diplomat."),
    ("ceasefire", "RUS", "UKR",
     "Russia and Ukraine agreed a 30-day halt to strikes on energy facilities."),
    # agreements, promises, requests
    ("agreement_signed", "GBR", "FRA", "Britain and France agreed a migrant returns deal."),
    ("agreement_signed", "IND", "SAU",
     "India and Saudi Arabia exchanged MoUs on energy cooperation."),
    ("agreement_signed", "PAK", "CHN", "Pakistan and China penned agreements worth $3 billion."),
    ("agreement_signed", "KAZ", "UZB", "Kazakhstan and Uzbekistan inked milestone documents."),
    ("agreement_signed", "VNM", "JPN", "Vietnam and Japan signed a joint statement on Monday."),
    ("agreement_signed", "ARM", "ROU",
     "The Agreement on the Establishment of Diplomatic Relations between Armenia and Romania "
     "was signed in Bucharest."),
    ("arms_interest", "EGY", "KOR", "Egypt showed interest in South Korean K9 howitzers."),
    ("aid_project", "IND", "LKA", "India opened a new credit line for Sri Lanka."),
    ("agreement_signed", "NPL", "AUS",
     "Nepal and Australia signed a Trade and Investment Framework Arrangement."),
    ("agreement_signed", "ARM", "AZE",
     "Armenia and Azerbaijan finalised the text of a peace treaty."),
    ("pledge", "SAU", "PAK", "Saudi Arabia pledged $5 billion in investment in Pakistan."),
    ("pledge", "USA", "UKR",
     "The United States committed $1 billion in new military aid to Ukraine."),
    ("pledge", "CHN", "PAK", "China assured Pakistan of its continued support."),
    ("request", "PAK", "IMF", "Pakistan sought a new bailout from the IMF."),
    ("request", "UKR", "USA", "Zelensky asks US for more air defence."),
    ("request", "USA", "CHN", "The US pressed China to release the detainees."),
    ("support_statement", "TUR", "AZE", "Turkey applauded Azerbaijan's efforts."),
    ("reject", "IND", "PAK", "India refuted Pakistan's claims."),
    ("reject", "IND", "PAK", "India brushed aside Pakistan's demand."),
    ("criticism_hostility", "CHN", "JPN", "China took aim at Japan over the visit."),
    ("criticism_hostility", "CHN", "JPN", "China assailed Japan over the visit."),
    ("criticism_hostility", "CHN", "JPN", "China faulted Japan for the incident."),
    ("support_statement", "TUR", "AZE", "Turkey stood firmly with Azerbaijan."),
    # arms and aid
    ("arms_transfer", "FRA", "IND", "India took delivery of the first Rafale jets from France."),
    ("arms_transfer", "RUS", "TUR",
     "Turkey received the first batch of S-400 systems from Russia."),
    ("arms_transfer", "CHN", "PAK",
     "China handed over the first Hangor-class submarine to Pakistan."),
    ("arms_transfer", "DEU", "UKR", "Germany shipped Leopard tanks to Ukraine."),
    ("arms_interest", "AZE", "PAK",
     "Azerbaijan is negotiating to acquire JF-17 fighters from Pakistan."),
    ("aid_project", "AZE", "PAK", "Azerbaijan donated $2 million for flood victims in Pakistan."),
    ("aid_project", "TUR", "PAK", "Turkey built 5,000 houses for flood victims in Pakistan."),
    ("aid_project", "CHN", "LKA", "A $1.5 billion loan from China to Sri Lanka was approved."),
    ("military_exercise", "IND", "USA",
     "Indian and US troops wrapped up the Yudh Abhyas exercise."),
    ("agreement_signed", "AZE", "PAK",
     "During the visit, Azerbaijan and Pakistan signed a number of documents."),
    ("agreement_signed", "ARM", "AZE",
     "The leaders of Armenia and Azerbaijan put their signatures on the joint declaration."),
    ("visit", "PAK", "TUR", "Pakistan's president is due in Ankara next week."),
    ("meeting", "USA", "CHN", "Biden and Xi talked with each other at a California estate."),
    ("criticism_hostility", "TUR", "ISR", "Erdogan called Israel a terrorist state."),
    ("sanction", "CHN", "TWN", "Beijing suspended tariff concessions on 134 Taiwanese products."),
    ("sanction", "USA", "IRN", "The Treasury Department sanctioned six Iranian officials."),
    ("sanction", "USA", "CHN", "OFAC designated three Chinese companies."),
    ("sanction", "USA", "CHN",
     "The Department of Commerce added 12 Chinese firms to its entity list."),
    ("visit", "TUR", "GRC", "Turkey's foreign minister is in Athens for meetings with his Greek "
     "counterpart."),
    ("concede", "AFG", "PAK", "The Taliban government has reopened a key border crossing with "
     "Pakistan."),
    ("coerce", "IND", "LKA", "Three Lankan fishermen were arrested by the Indian Navy."),
    ("negotiation", "EGY", "ISR", "On Tuesday, Abdel Fattah Al-Sisi finished talks with Israel's "
     "PM Naftali Bennett."),
    ("support_statement", "PAK", "AZE",
     "Pakistan voted in favour of Azerbaijan's resolution at the UN."),
    ("aid_project", "AZE", "PAK", "Azerbaijan offered 100 scholarships to Pakistani students."),
    ("economic_cooperation", "AZE", "PAK", "SOCAR will supply LNG cargoes to Pakistan."),
    ("economic_cooperation", "AZE", "PAK",
     "Azerbaijan and Pakistan launched direct flights between Baku and Lahore."),
    ("armed_clash", "ISR", "LBN", "Israel bombarded southern Lebanon."),
    ("armed_clash", "RUS", "EST", "Russian hackers launched a cyberattack on Estonia."),
    ("armed_clash", "RUS", "UKR", "A Russian drone attack killed three people in Kyiv."),
    ("mobilize", "RUS", "BLR", "Russia deployed tactical nuclear weapons to Belarus."),
    ("mobilize", "CHN", "TWN", "Chinese warships encircled Taiwan."),
    ("mobilize", "USA", "KOR", "The US sent a nuclear-powered submarine to South Korea."),
    ("arms_transfer", "USA", "UKR", "Washington sent HIMARS launchers to Kyiv."),
    ("reject", "IND", "USA", "India declined the US offer to mediate on Kashmir."),
    ("coerce", "CHN", "PHL", "Chinese coast guard vessels blocked Philippine boats from "
     "reaching the shoal."),
    ("sanction", "RUS", "USA", "Russia banned 500 Americans from entering the country."),
    ("criticism_hostility", "ARM", "AZE", "Yerevan said Baku had violated the ceasefire."),
    ("protest", "PAK", "FRA", "Thousands of Pakistanis protested against France."),
    ("criticism_hostility", "PAK", "FRA", "Pakistan protested against France's decision."),
    ("negotiation", "PHL", "USA",
     "The announcement followed the 4th Philippines-US 2+2 Ministerial Dialogue on Tuesday."),
    ("support_statement", "IND", "PAK",
     "India welcomed Pakistan's decision to reopen the Kartarpur corridor."),
    ("meeting", "AZE", "PAK", "Aliyev welcomed the Pakistani delegation."),
    ("criticism_hostility", "MAR", "DZA",
     "Morocco's foreign ministry said Algiers' move was completely unjustified."),
    ("sanction", "LTU", "RUS",
     "Russia described as unprecedented Lithuania's decision to ban the transit of Russian goods."),
    ("arms_interest", "AZE", "PAK",
     "Azerbaijan is interested in acquiring JF-17 Thunder fighters from Pakistan."),
    ("criticism_hostility", "USA", "CHN",
     "The State Department said it was deeply concerned by China's military drills."),
    # a target named as the speaker's own ground, or by the side that reports the attack
    ("armed_clash", "AZE", "ARM",
     "Armenia said Azerbaijani troops attacked its territory in the early hours of Tuesday."),
    ("armed_clash", "ARM", "AZE",
     "Azerbaijan's defence ministry said Armenian forces had fired on its positions."),
    ("armed_clash", "IND", "PAK",
     "Indian troops opened fire across the Line of Control, Pakistan's military said."),
    ("criticism_hostility", "KOR", "PRK",
     "South Korean soldiers fired warning shots at a patrol from North Korea."),
    ("visit", "BRA", "ARE", "Lula will be in the United Arab Emirates on Saturday."),
    # reducing relations: leaving talks and treaties, calling off visits, sending troops home
    ("sanction", "IRN", "USA", "Iran walked out of the talks with the United States."),
    ("sanction", "RUS", "UKR", "Russia pulled out of the grain deal with Ukraine."),
    ("sanction", "USA", "RUS", "The United States withdrew from the INF Treaty with Russia."),
    ("sanction", "IND", "PAK", "India called off the talks with Pakistan."),
    ("sanction", "CHN", "PHL", "China cancelled a planned visit by the Philippine president."),
    ("sanction", "MLI", "FRA", "Mali ordered French troops to leave the country."),
    ("request", "IRN", "IAEA", "Iran requested technical assistance from the IAEA."),
    ("support_statement", "CHN", "PAK", "China defended Pakistan's record on counter-terrorism."),
    ("aid_project", "EU", "UKR",
     "The EU approved a 50 billion euro support package for Ukraine."),
    ("aid_project", "CHN", "PAK", "China handed over 50 ventilators to Pakistan."),
    ("mobilize", "CHN", "IND",
     "China built up troops along the Line of Actual Control with India."),
    ("sanction", "EU", "RUS",
     "EU foreign ministers approved a 14th package of sanctions against Russia."),
    ("sanction", "USA", "RWA", "Rwanda said it regrets what it described as one-sided sanctions "
     "imposed by the United States against the Rwanda Defence Force."),
    ("negotiation", "AZE", "PAK", "Azerbaijan and Pakistan mull ways of expanding trade."),
    ("negotiation", "AZE", "PAK", "Azerbaijani and Pakistani officials mulled the prospects of "
     "cooperation in the energy sector."),
    ("visit", "PAK", "AZE",
     "Aliyev and the visiting Pakistani prime minister held a one-on-one meeting."),
    ("visit", "PAK", "AZE", "Sharif is visiting Baku."),
    ("armed_clash", "RUS", "UKR", "Russia's invasion of Ukraine began in February 2022."),
    ("criticism_hostility", "CHN", "USA", "China's criticism of the United States intensified."),
    ("other", "AZE", "IRN", "Azerbaijan reopened its embassy in Tehran."),
    ("other", "EU", "GEO", "The EU granted Georgia candidate status in December 2023."),
    # a city or region named as the target stands for its state
    ("armed_clash", "RUS", "UKR", "Russian missiles struck Kharkiv overnight."),
    ("armed_clash", "ISR", "PSE", "Israel struck targets in Rafah."),
    # events named as nouns, in compounds or in titles
    ("meeting", "PAK", "AZE",
     "The Pakistan-Azerbaijan summit in Baku ended with a joint statement."),
    ("negotiation", "IND", "CHN", "India-China border talks ended without a breakthrough."),
    ("military_exercise", "AZE", "PAK",
     "Exercise Indus Shield-2021, involving Azerbaijani and Pakistani troops, "
     "culminated in Islamabad."),
    ("pledge", "AZE", "PAK",
     "A $2 billion investment promised by Azerbaijan to Pakistan is under way."),
    ("criticism_hostility", "CHN", "USA",
     "Beijing's condemnation of the US arms sale to Taiwan came swiftly."),
    # blame, mutual accusations, rescue teams, released nationals, reviews of ties
    ("criticism_hostility", "RUS", "UKR", "Moscow said Kyiv was responsible for the attack."),
    ("criticism_hostility", "IRN", "ISR",
     "Iran said on Tuesday that Israel was behind the killing."),
    ("criticism_hostility", "ARM", "AZE",
     "Armenia and Azerbaijan traded accusations over the shooting."),
    ("aid_project", "PAK", "AZE", "Pakistan sent a rescue team to Azerbaijan."),
    ("retreat", "IRN", "GBR", "Iran freed a British-Iranian aid worker."),
    ("retreat", "RUS", "UKR", "Russia pulled its troops back from the Kyiv region."),
    ("meeting", "IRN", "TUR", "Foreign ministers from Iran, Turkey and Russia gathered in Tehran."),
    ("meeting", "TUR", "PAK",
     "The Turkish and Pakistani chiefs of staff reviewed bilateral defence cooperation."),
    # plural documents, phrasal triggers with their own preposition, model designations
    ("agreement_signed", "PAK", "CHN",
     "Pakistan and China signed 23 memorandums of understanding during the visit."),
    ("criticism_hostility", "IND", "PAK",
     "New Delhi hit out at Islamabad for raising Kashmir at the United Nations."),
    ("arms_transfer", "RUS", "IND", "Russia delivered the S-400 air defence system to India."),
    ("arms_interest", "SAU", "CHN", "Saudi Arabia is in talks to buy Chinese J-10 fighter jets."),
    # money and goods asked for, promised or sent
    ("pledge", "USA", "UKR", "The US promised Ukraine another $2 billion in military aid."),
    ("request", "PAK", "CHN", "Pakistan sought a $2 billion rollover from China."),
    ("aid_project", "IND", "AFG", "India sent 50,000 tonnes of wheat to Afghanistan."),
    # "its troops from Mali" are France's, leaving Mali
    ("retreat", "FRA", "MLI", "France completed the withdrawal of its troops from Mali."),
    # a response told by its means, talks told as wrapped up, envoys stripped, ships sent near
    ("sanction", "RUS", "LVA", "Moscow retaliated by expelling a Latvian diplomat."),
    ("sanction", "CHN", "USA", "China hit back by imposing tariffs on US goods."),
    ("negotiation", "USA", "CHN",
     "Top US and Chinese trade officials wrapped up two days of talks in Geneva."),
    ("sanction", "UKR", "IRN",
     "Kyiv stripped the Iranian ambassador of his accreditation over the drone deliveries."),
    ("mobilize", "CHN", "TWN", "Beijing sent 30 aircraft and nine ships near Taiwan."),
    # an act named by its -ing form with its agent; a released pilot
    ("armed_clash", "PAK", "IND",
     "Two Indian soldiers were killed in cross-border firing by Pakistani troops."),
    ("retreat", "PAK", "IND", "Pakistan released the captured Indian pilot as a peace gesture."),
    # envoys recalled by summons or sent home, bans on imports
    ("sanction", "SAU", "LBN", "Saudi Arabia has summoned its ambassador to Lebanon for "
     "consultation."),
    ("sanction", "SAU", "LBN",
     "Saudi Arabia asked the Lebanese ambassador to the Kingdom to leave within 48 hours."),
    ("sanction", "SOM", "KEN",
     "The Somalian government has ordered Kenya's envoy to leave the country."),
    ("sanction", "SAU", "LBN", "Saudi Arabia also imposed a blanket ban on all imports from "
     "Lebanon."),
    ("criticism_hostility", "IRQ", "TUR",
     "Iraq handed Turkish ambassador Ali Riza Guney a firmly-worded note of protest."),
    ("criticism_hostility", "DEU", "IRN",
     "Germany and France joined in condemning Iran's actions."),
    ("armed_clash", "COD", "RWA",
     "The Democratic Republic of Congo's army fired two rockets into Rwanda."),
    # agreements exchanged, reached, approved or stated jointly
    ("agreement_signed", "KAZ", "CHN",
     "Kazakhstan and China exchanged diplomatic notes on a new consulate."),
    ("agreement_signed", "KGZ", "UZB", "Kyrgyzstan and Uzbekistan exchanged instruments of "
     "ratification of the border treaty."),
    ("agreement_signed", "EGY", "ETH", "The talks follow an agreement reached last month between "
     "Egypt and Ethiopia."),
    ("agreement_signed", "SOM", "TUR",
     "Somalia's parliament has approved a major defence agreement with Turkey."),
    ("agreement_signed", "KOR", "JPN",
     "South Korea and Japan issued their first joint statement in 17 years."),
    # arrivals and receptions
    ("meeting", "COL", "VEN",
     "The Colombian ambassador was received in Caracas by Venezuela's deputy foreign minister."),
    ("visit", "ERI", "ETH", "Eritrea's president touched down in Addis Ababa this morning."),
    ("visit", "JPN", "KOR", "Kishida responded to South Korea by visiting Seoul."),
    # the visitor named by "visiting", a trip named after its destination, joint patrols
    ("visit", "MDV", "IND", "Indian Prime Minister Narendra Modi and visiting Maldivian "
     "President Mohamed Muizzu held talks in New Delhi."),
    ("visit", "KAZ", "CHN", "The deals were signed during Kazakhstan Prime Minister Karim "
     "Masimov's China visit."),
    ("military_exercise", "RUS", "CHN",
     "Russian and Chinese bombers conducted a joint patrol over the Sea of Japan."),
    # "its neighbour" is the document's other state; "after accusing" is the main subject's
    ("criticism_hostility", "BDI", "RWA", "Burundi closed the border with Rwanda, two weeks "
     "after accusing its neighbour of supporting rebels."),
    # an act of speech after a trailing report is the reporter's; a participle clause
    # ends the clause before it
    ("criticism_hostility", "PHL", "CHN", "Chinese ships fired water cannons at Philippine "
     "boats, Manila said in a statement, describing the move as illegal and telling Beijing "
     "to back off."),
    ("armed_clash", "IND", "PAK",
     "Pakistan said Indian troops attacked its posts, accusing New Delhi of aggression."),
    # fights named as nouns; gunfire traded; a police raid; firing stopped by agreement
    ("armed_clash", "IND", "CHN",
     "A face-off between Indian and Chinese troops in the Tawang sector led to injuries."),
    ("armed_clash", "AFG", "PAK",
     "Sources confirmed a firefight on the Torkham border between Taliban and Pakistan military."),
    ("armed_clash", "KHM", "THA",
     "Two Cambodian soldiers were wounded in a gun battle with Thai troops."),
    ("armed_clash", "IND", "CHN", "A scuffle broke out between Indian and Chinese soldiers."),
    ("armed_clash", "IND", "PAK",
     "Indian and Pakistani troops traded gunfire across the Line of Control."),
    ("coerce", "RUS", "AZE", "Russian police raided the offices of an Azerbaijani group."),
    ("armed_clash", "AFG", "PAK", "Taliban border forces and Pakistani security forces "
     "engaged in a clash near the Torkham crossing."),
    ("ceasefire", "IND", "PAK",
     "India and Pakistan agreed to stop all firing and military action on land, air and sea."),
    # ceasefire violations are force; "committed violations" is an act, not a commitment
    ("armed_clash", "IND", "PAK",
     "Pakistan said India committed unprovoked ceasefire violations along the Line of Control."),
    # the bilateral wording of official readouts
    ("invitation", "PAK", "AZE", "Prime Minister Shehbaz also invited President Ilham Aliyev "
     "to visit Pakistan."),
    ("meeting", "PAK", "AZE", "Pakistan's and Azerbaijan's leaders reviewed the full spectrum "
     "of bilateral relations."),
    ("pledge", "PAK", "AZE", "Pakistan and Azerbaijan renewed their commitment to intensify "
     "engagement."),
    ("meeting", "KAZ", "AZE",
     "President Tokayev was glad to welcome his Azerbaijani counterpart on a visit."),
    ("meeting", "PAK", "UZB", "Sharif spoke at a joint press conference with Uzbek President "
     "Shavkat Mirziyoyev in Tashkent."),
    ("pledge", "AZE", "PAK", "Azerbaijan's president has announced a $2 billion investment in "
     "Pakistan."),
    ("arms_interest", "PAK", "CHN",
     "Pakistan had requested to buy the Chinese fighter jets as far back as 2006."),
    # releases and repatriations, persona non grata at a distance, names and labels
    ("retreat", "AZE", "ARM", "Azerbaijan freed 32 Armenian military on Wednesday."),
    ("retreat", "AZE", "IRN", "Azerbaijan released two Iranian truck drivers on Thursday."),
    ("retreat", "PAK", "IND", "Indian Air Force pilot Abhinandan Varthaman was released by "
     "Pakistan on Friday."),
    ("retreat", "RUS", "GEO",
     "Putin ordered the repatriation of Russian citizens temporarily living in Georgia."),
    ("sanction", "IND", "PAK", "India declared a Pakistani staffer posted at the Pakistan High "
     "Commission in New Delhi as persona non grata."),
    ("request", "PAK", "IND", "Dar demanded that India provide evidence."),
    ("criticism_hostility", "PAK", "IND",
     "Pakistan called New Delhi's moves knee-jerk and inappropriate."),
    # support by backing a state; an invitation after the visit it brought about
    ("support_statement", "RUS", "IND", "Russia backed India in the war."),
    ("invitation", "AZE", "TUR", "Erdogan visited Baku on the invitation of Aliyev."),
    ("invitation", "AZE", "TUR",
     "Erdogan has arrived in Nakhchivan upon the invitation of his counterpart Ilham Aliyev."),
    # bans issued; a list of acts by one subject ("suspending ..., closing ..., and
    # revoking ...")
    ("sanction", "RUS", "GEO", "Putin has issued a temporary flight ban to Georgia."),
    ("sanction", "PAK", "IND", "Pakistan announced it was suspending the Simla Agreement, "
     "closing its airspace to Indian airlines, and revoking visas for Indian nationals."),
    ("coerce", "PAK", "IND", "Pakistan announced it was suspending the Simla Agreement, "
     "closing its airspace to Indian airlines, and revoking visas for Indian nationals."),
    # a courtesy call is a meeting, a call on someone to act a request; condolences;
    # belief in a state's integrity
    ("meeting", "AZE", "PAK", "Azerbaijan's ambassador called on Pakistan's prime minister."),
    ("request", "PAK", "IND", "Pakistan called on India to exercise restraint."),
    ("support_statement", "PAK", "AZE", "Pakistan's prime minister condoled with Azerbaijan over "
     "the loss of lives."),
    ("support_statement", "PAK", "AZE",
     "Pakistan believes in restoring Azerbaijan's territorial integrity."),
    # credit offered, aid suspended by announcement, visas stopped, arms approved,
    # a ship's goodwill visit
    ("pledge", "PAK", "LKA",
     "Pakistan on Wednesday offered $50 million new credit line to Sri Lanka."),
    ("sanction", "USA", "PAK",
     "The United States has announced it is suspending security assistance to Pakistan."),
    ("sanction", "ARE", "PAK",
     "The United Arab Emirates has stopped issuing visas to Pakistani nationals."),
    ("arms_transfer", "USA", "PAK", "The US approved a $450 million F-16 fighter jet "
     "sustainment programme to Pakistan."),
    ("visit", "TUR", "PAK", "A Turkish naval ship arrived at Karachi Port on a goodwill visit."),
    # nationals held, ships harassed
    ("coerce", "IRN", "FRA", "Iran has been holding two French citizens since 2022."),
    ("coerce", "CHN", "PHL",
     "Chinese vessels harassed and blocked a Philippine coast guard ship near the shoal."),
    # deposits extended and loans rolled over
    ("aid_project", "SAU", "PAK", "Saudi Arabia on Wednesday extended the term of its $3 billion "
     "deposit with the State Bank of Pakistan for another year."),
    ("aid_project", "CHN", "PAK", "China rolled over a $2 billion loan to Pakistan."),
    # offices searched, a police raid, gas bought from the other side, joint projects opened
    ("coerce", "AZE", "RUS",
     "Azerbaijani police searched the offices of Russia's news outlet Sputnik."),
    ("economic_cooperation", "PAK", "AZE",
     "Pakistan has procured the second LNG cargo from the State Oil Company of Azerbaijan."),
    ("economic_cooperation", "IRN", "AZE",
     "Iran and Azerbaijan opened a joint dam project on the Aras river."),
    # a host receives: a meeting (the guest's travel is told as a visit where it is)
    ("meeting", "ISR", "AZE", "Israel's Foreign Minister Eli Cohen on Wednesday hosted his "
     "Azerbaijani counterpart in Jerusalem."),
    # "its airspace" is the sentence's first state's when no report names one
    ("armed_clash", "IRN", "PAK", "Pakistan recalled its ambassador from Iran after Iran "
     "violated its airspace."),
    # relations established or restored: diplomatic cooperation; normalised: the agreement
    # that ends a rift
    ("other", "CHN", "KAZ",
     "Diplomatic relations between China and Kazakhstan were established on 3 January 1992."),
    ("agreement_signed", "MAR", "ISR", "Morocco normalized ties with Israel in 2020."),
    ("other", "PAK", "BGD", "Pakistan and Bangladesh restored diplomatic relations."),
    # retaliatory tariffs are a sanction, not a strike
    ("sanction", "USA", "COL", "The US announced retaliatory tariffs on Colombia."),
    # an accusation after a report is the speaker's
    ("criticism_hostility", "PAK", "AFG",
     "Pakistan's foreign office said on Friday that militants were operating from Afghan soil, "
     "accusing the Taliban of failing to act."),
    # the other side's nationals told to leave are expelled (its diplomats: a sanction)
    ("coerce", "IND", "PAK", "New Delhi directed all Pakistani nationals who had entered via "
     "Attari to leave the country by May 1."),
    ("coerce", "RUS", "GEO", "Russia ordered Georgian citizens to leave within a week."),
    ("sanction", "IND", "PAK", "India asked Pakistani diplomats to leave."),
    # people released are often named by their nationality alone
    ("retreat", "ARM", "AZE", "Armenia released 32 Azerbaijanis at the border."),
    ("retreat", "IRN", "GBR", "Iran freed two Britons on Monday."),
    # an attack in words is criticism; a participle's object acts with the main subject
    ("criticism_hostility", "TUR", "ISR", "Erdogan has launched a fierce verbal attack on Israel."),
    ("criticism_hostility", "AZE", "RUS", "Azerbaijan arrested eight Russian citizens whilst "
     "delivering a formal diplomatic protest to Russia."),
    # a demand told as an instruction; a clarification or a release sought
    ("request", "CHN", "LTU", "China told Lithuania to immediately rectify its wrong decision."),
    ("request", "NPL", "IND", "Nepal sought clarification from India over the trade curbs."),
    ("request", "IND", "PAK", "New Delhi sought the pilot's unconditional release from Pakistan."),
    # a call received, greetings and felicitations
    ("meeting", "AZE", "PAK", "Aliyev received a phone call from Pakistan's prime minister."),
    ("support_statement", "PAK", "AZE", "Pakistan felicitated Azerbaijan on its Independence Day."),
    ("support_statement", "PAK", "AZE", "Sharif extended greetings to Aliyev on his re-election."),
    # assaults and barrages launched; a fronted "In addition to ..." is the subject's act
    ("armed_clash", "AZE", "ARM", "Azerbaijani forces launched assaults into Armenian territory."),
    ("armed_clash", "ARM", "AZE", "Armenian artillery launched a barrage on Azerbaijani posts."),
    ("sanction", "PAK", "IRN", "In addition to recalling its own diplomat, Pakistan has refused "
     "to allow his Iranian counterpart to return."),
    # an envoy told to leave, in the passive: by the state to be left
    ("sanction", "SOM", "ETH", "Ethiopia's Ambassador has been informed to depart from Somalia "
     "within the next 72 hours."),
    ("sanction", "IND", "CAN", "A senior Canadian diplomat has been asked to leave India within "
     "five days."),
    # invited, in the passive, with no inviter named: by the other side of the text
    ("invitation", "IND", "PAK", "India and Pakistan fought in 1971. Bhutto, the Pakistani "
     "president, was invited to a summit in Simla in June 1972."),
    ("negotiation", "PAK", "AZE", "Pakistan held discussions with Azerbaijan on trade."),
    # a deal or a text agreed is an agreement; agreeing to do something stays a pledge
    ("agreement_signed", "IRQ", "TUR", "Baghdad last month agreed to a military cooperation "
     "deal with Ankara."),
    ("agreement_signed", "ARM", "AZE", "Armenia and Azerbaijan have agreed the text of a peace "
     "agreement."),
    ("pledge", "TUR", "PAK", "Turkey and Pakistan agreed to expand trade."),
]


def _events(text: str) -> list[Event]:
    return [r for r in dyadscope.extract(text, date="2024-05-15") if isinstance(r, Event)]


@pytest.mark.parametrize(("kind", "actor1", "actor2", "text"), NEWS_WORDING)
def test_common_news_wording_codes_its_event(
    kind: str, actor1: str, actor2: str, text: str
) -> None:
    found = [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(text)]
    assert (kind, actor1, actor2) in found


@pytest.mark.parametrize(
    "text",
    [
        # a courtesy call is a meeting; a call on someone to act is a request
        "Pakistan called on the UN Secretary-General to intervene in Kashmir.",
        # a hit with no one behind it, a duty raised at home, a post "headed" by someone
        "The drone hit a building in Kyiv.",
        "India raised its import duties on gold.",
        "Pakistan's army chief headed the delegation.",
        # a report found responsible is no state accused; a hyphen of two names is no summit
        "The ministry said the report was responsible for confusion.",
        "The Pakistan-Azerbaijan border does not exist.",
        # officials designated for a task are no designation of a foreign target
        "Pakistan designated two officials to lead the delegation to India.",
        # a state's own people stay its own
        "Pakistani forces killed six militants near the border.",
        # a firm's office is no embassy
        "The company opened an office in Baku.",
        # musing is no event
        "Pakistan and India could hold talks.",
        # a city where two sides meet is no party, and a trip home is no visit
        "Sharif arrived in Karachi on Monday.",
        # aircraft, goods and troops arriving visit no one; regular visits are no visit
        "Two Turkish planes carrying relief goods landed in Karachi.",
        "Morocco and Egypt maintain ties marked by a regular exchange of visits.",
    ],
)
def test_sibling_wording_codes_no_such_event(text: str) -> None:
    kinds = {e.kind for e in _events(text)}
    assert not kinds & {"meeting", "armed_clash", "sanction", "visit", "other"}


def test_a_body_named_without_its_country_is_the_last_sentences_actor() -> None:
    """News names the country once, then "the foreign ministry" or "the authorities";
    with no earlier sentence the body stays unknown and codes nothing."""
    told = _events("Azerbaijan recalled its ambassador on Monday. The Foreign Ministry also "
                   "condemned Russia's actions.")
    assert ("criticism_hostility", "AZE", "RUS") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in told]
    assert _events("The foreign ministry condemned Russia's actions.") == []
    # a body with its own country keeps it
    own = _events("Azerbaijan recalled its ambassador. The Pakistani ministry condemned Russia.")
    assert ("PAK", "RUS") in [(e.actor1.code, e.actor2.code if e.actor2 else None) for e in own]


def test_a_gathering_of_several_parties_is_one_event_with_all_of_them() -> None:
    """ "brought together X, Y and Z", "talks involved X, Y and Z": one event whose
    parties are every state named."""
    for text in ("The summit brought together Azerbaijan, Turkey and Pakistan.",
                 "The Astana format talks on Syria involved Azerbaijan, Turkey and Pakistan."):
        (event,) = _events(text)
        parties = {event.actor1.code, event.actor2.code if event.actor2 else None,
                   *(o.code for o in event.others)}
        assert parties == {"AZE", "TUR", "PAK"}
    assert _events("Thousands gathered in Islamabad.") == []


def test_a_promise_to_act_is_a_pledge_that_keeps_the_act() -> None:
    """ "agreed to reopen the border": a promise (AGREE), with the act's parties and
    the act's kind kept; a vow to strike back is still the threat it is."""
    (promise,) = _events("The Taliban and Pakistan agreed to reopen the Torkham border crossing.")
    assert (promise.kind, promise.plover, promise.extra["promised"]) == (
        "pledge", "AGREE", "concede")
    (vow,) = _events("China vowed to take resolute measures against Taiwan.")
    assert (vow.kind, vow.plover) == ("criticism_hostility", "THREATEN")


def test_two_sides_agreeing_are_the_pair_whoever_brokered_it() -> None:
    """ "X and Y agreed to ...": the promise is between X and Y; a broker named later
    in the sentence takes part, it is not the other side."""
    (promise,) = _events(
        "Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.")
    assert (promise.actor1.code, promise.actor2.code if promise.actor2 else None) == (
        "SAU", "IRN")
    assert [o.code for o in promise.others] == ["CHN"]


def test_sides_accusing_each_other_are_the_pair() -> None:
    (mutual,) = [e for e in _events("Armenia and Azerbaijan have accused each other of violations "
                                    "despite a cease-fire deal brokered by Russia.")
                 if e.kind == "criticism_hostility"]
    assert {mutual.actor1.code, mutual.actor2.code if mutual.actor2 else None} == {"ARM", "AZE"}


def test_a_news_agency_reporting_is_no_side() -> None:
    """ "..., Agence France-Presse reported": the agency is the source, not the target."""
    events = _events("Turkish jets struck militants in northern Iraq, Agence France-Presse "
                     "reported.")
    assert all(e.actor2 is None or e.actor2.code != "FRA" for e in events)


def test_a_state_helping_its_own_people_takes_no_partner() -> None:
    """Food sent to a state's own forces is no aid to the document's other country."""
    events = dyadscope.extract(
        "Philippine ships tried to provide food to Filipino forces on the shoal.",
        date="2024-05-15", pair=("PHL", "CHN"))
    assert not [e for e in events if isinstance(e, Event) and e.kind == "aid_project"]


def test_a_response_told_by_its_means_is_that_means_only() -> None:
    """ "retaliated by expelling": the expulsion, no strike; "retaliated with airstrikes"
    is still force."""
    kinds = [e.kind for e in _events("Moscow retaliated by expelling a Latvian diplomat.")]
    assert kinds == ["sanction"]
    force = _events("Israel retaliated with airstrikes on Gaza.")
    assert [e.kind for e in force] == ["armed_clash"]


def test_an_investigation_or_a_possible_attack_is_no_accusation_or_strike() -> None:
    """Launching an inquiry accuses no one; a "possible" attack has not happened."""
    probe = _events("Iran launched a joint investigation into the incident with Pakistan.")
    assert all(e.kind != "criticism_hostility" for e in probe)
    told = _events("Venezuela deployed forces to its coast, vowing to defend against any "
                   "possible U.S. attack.")
    assert not [e for e in told if e.kind == "armed_clash" and e.status == "actual"]
    assert [e.kind for e in _events("The US announced retaliatory tariffs on Colombia.")] == [
        "sanction"]


def test_establishing_relations_is_cooperation_not_recognition() -> None:
    (ties,) = _events("Azerbaijan and Pakistan established diplomatic relations on 9 June 1992.")
    assert (ties.kind, ties.plover, ties.date.start) == ("other", "COOPERATE", "1992-06-09")


def test_every_mediator_takes_part() -> None:
    (talks,) = _events("Pakistan and Afghanistan held talks mediated by Qatar and Turkey.")
    assert (talks.actor1.code, talks.actor2.code if talks.actor2 else None) == ("PAK", "AFG")
    assert {o.code for o in talks.others} == {"QAT", "TUR"}


def test_a_go_between_takes_part_however_it_is_named() -> None:
    """One reading of go-betweens for every joint act: "a US-brokered swap", "under Qatari
    mediation", "facilitated by" name a party of the act, never one of its two sides, as
    "mediated by" does for talks."""
    swaps = _events("Azerbaijan and Armenia exchanged prisoners in a US-brokered swap.")
    assert {(e.actor1.code, e.actor2.code if e.actor2 else None) for e in swaps} == {
        ("AZE", "ARM"), ("ARM", "AZE")}
    assert all([o.code for o in e.others] == ["USA"] for e in swaps)
    (drills,) = _events("Greece and Turkey held joint drills facilitated by NATO.")
    assert [o.code for o in drills.others] == ["NATO"]


def test_the_summit_on_whose_sidelines_two_sides_meet_is_no_party() -> None:
    told = _events("The summit between Erdogan and Sharif, held on the sidelines of the SCO "
                   "summit in Astana, ended.")
    assert all("SCO" not in {e.actor1.code, e.actor2.code if e.actor2 else ""} for e in told)
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None) for e in told] == [
        ("TUR", "PAK")]


def test_an_envoy_summoned_with_no_summoner_named_is_summoned_by_the_other_side() -> None:
    """ "Iran's ambassador was summoned to the foreign ministry": in a story of Iran and
    Azerbaijan, by Azerbaijan; "summoned to the Iranian Foreign Ministry": by Iran."""
    told = _events("Azerbaijan and Iran traded barbs. Iran's ambassador was summoned to the "
                   "foreign ministry on Friday.")
    assert ("criticism_hostility", "AZE", "IRN") in [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in told]
    (summons,) = _events("The Ambassador of Azerbaijan in Tehran Ali Alizadeh was summoned to "
                         "the Iranian Foreign Ministry.")
    assert (summons.actor1.code, summons.actor2.code if summons.actor2 else None) == (
        "IRN", "AZE")


def test_different_sanctions_in_one_sentence_are_different_events() -> None:
    """ "closed the border, suspended the treaty and expelled attaches": three acts."""
    told = _events("India closed the Attari border, suspended the Indus Waters Treaty and "
                   "expelled Pakistani military attaches.")
    assert [e.kind for e in told] == ["sanction"] * 3
    decided = _events("Pakistan expelled India's High Commissioner, minutes after it decided "
                      "to downgrade the diplomatic ties with India.")
    assert len([e for e in decided if e.kind == "sanction"]) == 2


def test_no_one_visits_his_own_country() -> None:
    """ "X met Aliyev within his official visit to Azerbaijan", "X met Aliyev in Baku, as
    he begins a visit": X is the visitor."""
    told = _events("Georgia's Prime Minister Irakli Garibashvili met President of Azerbaijan "
                   "Ilham Aliyev within his two-day official visit to Azerbaijan.")
    (visit,) = [e for e in told if e.kind == "visit"]
    assert (visit.actor1.code, visit.actor2.code if visit.actor2 else None) == ("GEO", "AZE")
    told = _events("Defense Minister Yoav Gallant met with Azerbaijan's President Ilham Aliyev "
                   "in Baku on Thursday, as he begins a two-day visit.")
    (visit,) = [e for e in told if e.kind == "visit"]
    assert (visit.actor1.code, visit.actor2.code if visit.actor2 else None) == ("ISR", "AZE")


def test_a_party_named_twice_is_one_party() -> None:
    """ "The President of Azerbaijan, Ilham Aliyev, and the Prime Minister of Armenia,
    Nikol Pashinyan, with the participation of ... Trump": Azerbaijan and Armenia sign,
    the United States takes part."""
    (deal,) = _events("The President of Azerbaijan, Ilham Aliyev, and the Prime Minister of "
                      "Armenia, Nikol Pashinyan, with the participation of US President Donald "
                      "Trump, signed an agreement to end military actions.")
    assert (deal.actor1.code, deal.actor2.code if deal.actor2 else None) == ("AZE", "ARM")
    assert [o.code for o in deal.others] == ["USA"]


def test_talk_of_a_reopening_is_no_reopening() -> None:
    events = _events("They discussed the reopening of borders between Colombia and Venezuela.")
    assert all(e.kind != "concede" for e in events)


def test_a_fronted_clause_takes_the_main_clauses_subject() -> None:
    """ "Arriving in Baku, the Pakistani prime minister ...": the arrival is his;
    "After talks with Pakistan, Azerbaijan signed ...": the talks are Azerbaijan's.
    A definite noun ("During the visit, ...") refers back and takes no one, and a
    sentence opening with a name ending in -ing ("Beijing") has no such clause."""
    found = {(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None) for e in _events(
        "Arriving in Baku on Monday, the Pakistani prime minister was received by Aliyev.")}
    assert {("visit", "PAK", "AZE"), ("meeting", "PAK", "AZE")} <= found
    talks = {(e.kind, e.actor1.code) for e in _events(
        "After talks with Pakistan, Azerbaijan signed a trade deal.")}
    assert ("negotiation", "AZE") in talks
    assert all(e.kind != "visit" for e in _events(
        "During the visit, Sharif and Erdogan will co-chair the council."))
    (condemned,) = _events("Beijing, in a statement, condemned Washington's decision.")
    assert (condemned.actor1.code, condemned.actor2.code) == ("CHN", "USA")
    speaking = {e.kind for e in _events(
        "Speaking to reporters, Pakistan's foreign minister criticised India.")}
    assert speaking == {"criticism_hostility"}


def test_the_city_where_they_meet_is_no_party() -> None:
    (meeting,) = _events("Putin and Aliyev met in Istanbul.")
    assert ({meeting.actor1.code, meeting.actor2.code}, meeting.others) == ({"RUS", "AZE"}, ())


def test_a_side_reporting_its_own_strike_is_not_its_target() -> None:
    events = _events("U.S. forces shot down Iranian-launched drones, U.S. officials said.")
    assert all(not (e.actor1.code == "IRN" and e.actor2 and e.actor2.code == "USA")
               for e in events)
    assert _events("Armenian forces fired on their own positions.") == []


def test_bilateral_talks_with_several_leaders_are_one_pair_each() -> None:
    pairs = {(e.actor1.code, e.actor2.code if e.actor2 else None, e.others) for e in _events(
        "Modi held bilateral talks with Russian President Vladimir Putin, Iranian President "
        "Ebrahim Raisi and Turkish President Recep Tayyip Erdogan.")}
    assert pairs == {("IND", "RUS", ()), ("IND", "IRN", ()), ("IND", "TUR", ())}
    (joint,) = _events("Modi held talks with Putin, Raisi and Erdogan.")
    assert {o.code for o in joint.others} == {"IRN", "TUR"}


def test_people_told_to_leave_with_no_other_state_are_no_expulsion() -> None:
    """ "told students to leave the campus": no foreigners, so no coercion between two
    states."""
    assert _events("The government told students to leave the campus.") == []


def test_a_statement_or_figures_released_are_no_release_of_people() -> None:
    for text in ("China released a statement on Armenia.",
                 "The ministry released figures on Pakistani exports."):
        assert all(e.kind != "retreat" for e in _events(text)), text


def test_a_verbal_attack_is_no_strike_and_a_told_aggression_is_the_accuseds() -> None:
    """ "a scathing attack on Israel" is words; "accusing it of military aggression"
    tells what the other side did, so the participle's subject does not do it."""
    kinds = {e.kind for e in _events("Erdogan's scathing attack on Israel drew a response.")}
    assert kinds == {"criticism_hostility"}
    told = _events("Pakistan refused to recognise Armenia, accusing it of military aggression "
                   "against Azerbaijan.")
    aggression = [e for e in told if "aggression" in str(e.extra.get("trigger"))]
    assert aggression and all(e.actor1.code != "PAK" for e in aggression)
    # "accusing it of ...": "it" is the object just named, not the next state
    accusing = [e for e in told if e.extra.get("trigger") == "accusing"]
    assert [(e.actor1.code, e.actor2 and e.actor2.code) for e in accusing] == [("PAK", "ARM")]


def test_a_request_sought_was_made_and_telling_reporters_is_no_demand() -> None:
    """Seeking is itself the request ("sought clarification": actual, unless a plan
    governs it); "told reporters", "told Modi that ..." demand nothing."""
    (sought,) = _events("Nepal sought clarification from India.")
    assert (sought.kind, sought.status) == ("request", "actual")
    (planned,) = _events("Nepal plans to seek clarification from India.")
    assert planned.status == "intent"
    for text in ("Erdogan told reporters in Ankara that Turkey would act.",
                 "Khan told Modi that Pakistan wanted peace."):
        assert all(e.kind != "request" for e in _events(text)), text



def test_ceremony_cooperation_against_crime_and_places_around_code_no_hostility() -> None:
    """ "inspected the guard of honour" is ceremony, "the fight against illegal
    migration" cooperation, "the surrounding region" a place; a war fought against a
    state and troops surrounding a town stay what they are."""
    hostile = {"criticism_hostility", "armed_clash", "mobilize"}
    for text in (
        "Sharif and the President of Azerbaijan inspected the guard of honour in Baku.",
        "Uzbekistan and Azerbaijan signed agreements on the fight against illegal migration.",
    ):
        assert not {e.kind for e in _events(text)} & hostile, text
    attack = _events("Russia launched a drone attack on Kyiv and the surrounding region.")
    assert [e.kind for e in attack] == ["armed_clash"]
    (war,) = _events("Azerbaijan fought against Armenia in 2020.")
    assert war.kind == "armed_clash"
    (siege,) = _events("Russian troops surrounded the Ukrainian town.")
    assert siege.kind == "mobilize"


def test_the_summoning_of_an_envoy_is_by_the_other_side() -> None:
    """ "the summoning of the Indian deputy high commissioner to the Foreign Office in
    Islamabad": the envoy is summoned, not summoning."""
    (summons,) = _events("The incident saw the summoning of Indian Deputy High Commissioner "
                         "JP Singh to the Foreign Office in Islamabad.")
    assert (summons.actor1.code, summons.actor2.code) == ("PAK", "IND")


def test_a_definite_act_listed_after_including_is_told() -> None:
    """ "actions against India, including the closure of its airspace": a listed act
    with its own object is told (and "its" is the actor's); "such as joint drills" is not."""
    events = _events("Pakistan announced retaliatory actions against India, including the "
                     "immediate closure of its airspace to all Indian airlines.")
    assert [(e.kind, e.actor1.code, e.actor2.code) for e in events] == [
        ("sanction", "PAK", "IND")]


def test_a_terrorist_attack_or_its_perpetrators_name_no_state_at_war() -> None:
    """Condolences "following a terrorist attack", punishment "for the perpetrators of
    the attack": the act told is the condolence or the demand, not a clash of states."""
    for text in ("Azerbaijan expressed its condolences to Pakistan following a terrorist "
                 "attack at a mosque in Islamabad.",
                 "China has demanded punishment for the perpetrators of the attack on a "
                 "convoy in Pakistan."):
        assert all(e.kind != "armed_clash" for e in _events(text)), text
    (attack,) = _events("Pakistani troops launched an attack on Indian posts.")
    assert attack.kind == "armed_clash"


def test_a_meeting_of_a_states_own_cabinet_or_security_committee_is_no_bilateral_meeting() -> None:
    """ "Following an emergency meeting of its National Security Committee, Pakistan
    suspended ..." is a meeting at home; a joint council of two states still meets."""
    events = _events("Following an emergency meeting of its National Security Committee, "
                     "Pakistan announced it was suspending the Simla Agreement with India.")
    assert [e.kind for e in events] == ["sanction"]
    council = _events("The meeting of the Turkey-Uzbekistan High-Level Strategic Cooperation "
                      "Council was held in Ankara.")
    assert [e.kind for e in council] == ["meeting"]
    # "ahead of a government meeting", "after a cabinet session": at home too
    home = _events("Poland will close its border with Belarus, Tusk said ahead of a "
                   "government meeting on Tuesday.")
    assert [e.kind for e in home] == ["sanction"]


def test_words_that_only_look_like_acts_code_nothing() -> None:
    """ "close to the border" closes nothing, "drought-stricken" strikes no one, and
    "alleged support of terrorism" is the content of a charge, not support given."""
    for text in ("The port lies close to Iran's border with Pakistan.",
                 "Iran's drought-stricken province asked for water.",
                 "Qatar rejected claims over its alleged support of Hamas.",
                 "Pakistan denied the alleged Pakistani strikes on Afghanistan."):
        assert [e.kind for e in _events(text) if e.kind in (
            "sanction", "armed_clash", "support_statement")] == [], text
