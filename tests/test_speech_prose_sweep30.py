"""A thirtieth author's sweep (issue #10, h116): words, capitals, shorthand and maths in genres the sweeps had not used
for them (tech reviews, science news, posts quoted in news, corrections, press releases, sports commentary, lab
notes): shortened words ("jr" after a name, "approx.", "w/o", "b/c", "mgmt"), initialisms spelled and acronyms said,
capitals for emphasis and headlines, brands in mixed case ("iPhone 15 Pro", "Wi-Fi 6E", "CO2e"), maths and science in
the news ("3:1", "±", "≥", "10^6", "p < 0.05", formulas), a post's shorthand ("tbh", "IMO the refs"), signs, emoji and
a review's ticks, "[sic]", ellipses and editors' notes. Each sentence was written with its reading before narrator
read it.

First reading 152 of 199 (abbreviations 30/35, capitals 31/32, brands 29/29, maths 27/33, shorthand 4/25, signs 19/25,
notes 12/20). Of the 47 misses 17 were narrator's settled forms the expectations had not foreseen, kept here as a
second reading: "Dr" before a name (espeak says "Doctor"), "at least" for "≥", "about" for "≈", "to the power of
minus nine", a tag named before its "#" ("the tag #MeToo"), an emoji named by its name, the letter A said "eh",
"[sic]" unsaid (a listener hears no misspelling), "AM" and "PM". The other 30 were misreads: a post's shorthand (21),
"mgmt", "mktg.", "tbsp." alone, "Ed. note", a review's ticks and crosses, and five left below as strict xfails. After
the rules 194 of 199, with the five xfails.

Compared with case and punctuation aside and a number's "and" folded, but an initialism's letters kept apart
(sweeps.letters_kept), so that "F.B.I" spelled and "NASA" said are told apart."""

from __future__ import annotations

import pytest
from sweeps import letters_kept

from narrator.speech import speakable


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # abbreviations and shortened words, after a name, before a number and alone
    ('en-us', 'Ken Griffey jr was in the booth for the broadcast.',
     'Ken Griffey junior was in the booth for the broadcast.'),
    ('en-us', 'Martin Luther King jr. Day falls on a Monday.', 'Martin Luther King junior Day falls on a Monday.'),
    ('en-us', 'The press release quoted Robert Allen sr, the founder.',
     'The press release quoted Robert Allen senior, the founder.'),
    ('en-us', 'Hank Williams Sr. and Jr. both recorded it.', 'Hank Williams Senior and Junior both recorded it.'),
    ('en-us', 'The battery lasts approx. 14 hours.', 'The battery lasts approximately fourteen hours.'),
    ('en-us', 'The sample was stirred for approx. 30 min.', 'The sample was stirred for approximately thirty minutes.'),
    ('en-us', 'Price incl. shipping is $49.', 'Price including shipping is forty nine dollars.'),
    ('en-gb', 'Tickets cost £30 incl. VAT.', 'Tickets cost thirty pounds including V.A.T.'),
    ('en-us', 'Revenue excl. one-off items rose 8%.', 'Revenue excluding one-off items rose eight percent.'),
    ('en-us', 'It weighs 1.2 kg excl. the stand.', 'It weighs one point two kilograms excluding the stand.'),
    ('en-us', "The team's avg. attendance was 41,000.", "The team's average attendance was forty one thousand."),
    ('en-us', 'Avg. response time fell to 3 seconds.', 'Average response time fell to three seconds.'),
    ('en-us', 'The quake killed est. 200 people.', (
      'The quake killed an estimated two hundred people.',
      'The quake killed estimated two hundred people.')),
    ('en-us', 'Est. cost: $2 million.', 'Estimated cost: two million dollars.'),
    ('en-us', 'The bakery, est. 1921, closed on Friday.',
     'The bakery, established nineteen twenty one, closed on Friday.'),
    ('en-us', 'The fire dept. responded within minutes.', 'The fire department responded within minutes.'),
    ('en-us', 'A spokesperson for the Dept. of Energy declined to comment.',
     'A spokesperson for the Department of Energy declined to comment.'),
    ('en-gb', 'The govt said the scheme would end in May.', 'The government said the scheme would end in May.'),
    ('en-gb', 'Critics called it a govt U-turn.', 'Critics called it a government U-turn.'),
    ('en-us', 'Poor mgmt was blamed for the delays.', 'Poor management was blamed for the delays.'),
    ('en-us', 'Fans wrote: great game w/ the kids today.', 'Fans wrote: great game with the kids today.'),
    ('en-us', 'Ships w/ a 65W charger in the box.', 'Ships with a sixty five watt charger in the box.'),
    ('en-us', 'Coffee w/o sugar, please.', 'Coffee without sugar, please.'),
    ('en-us', 'The lid was sealed w/o grease.', 'The lid was sealed without grease.'),
    ('en-us', 'She posted: late b/c of the train again.', 'She posted: late because of the train again.'),
    ('en-us', 'Skipped the gym b/c it rained.', 'Skipped the gym because it rained.'),
    ('en-us', 'The recipe uses tbsp. and tsp. measures.', 'The recipe uses tablespoon and teaspoon measures.'),
    ('en-us', 'Samples were kept at 4 °C for approx. 2 wks.',
     'Samples were kept at four degrees Celsius for approximately two weeks.'),
    ('en-us', 'The co-founder, Jr. Analyst Dana Lee, left.', 'The co-founder, Junior Analyst Dana Lee, left.'),
    ('en-us', 'Dr. Ruiz and her dept. head signed the letter.', (
      'Doctor Ruiz and her department head signed the letter.',
      'Dr Ruiz and her department head signed the letter.')),
    ('en-us', 'The corrections desk is in Bldg. 4.', 'The corrections desk is in Building four.'),
    ('en-us', 'Contact the mktg. team for samples.', 'Contact the marketing team for samples.'),
    ('en-us', 'The Jr. High School band played first.', 'The Junior High School band played first.'),
    ('en-us', 'They ran west along the river.', 'They ran west along the river.'),
    ('en-us', 'Sr Maria Lopez ran the clinic.', 'Sister Maria Lopez ran the clinic.'),  # h138: titles._SISTER
    # capitals: initialisms spelled, acronyms said, emphasis and headlines as words
    ('en-us', 'NASA said the probe was healthy.', 'NASA said the probe was healthy.'),
    ('en-us', 'The FBI opened an inquiry.', 'The F.B.I opened an inquiry.'),
    ('en-us', 'Fans chanted GET OUT at the referee.', 'Fans chanted get out at the referee.'),
    ('en-us', 'IKEA recalled the lamp on Tuesday.', 'IKEA recalled the lamp on Tuesday.'),
    ('en-us', 'SCIENTISTS FIND WATER ON DISTANT MOON', 'scientists find water on distant moon'),
    ('en-us', 'LOCAL TEAM WINS TITLE AFTER 40 YEARS', 'local team wins title after forty years'),
    ('en-us', 'COMPANY ANNOUNCES RECORD PROFITS', 'company announces record profits'),
    ('en-us', 'The WHO declared the outbreak over.', 'The W.H.O declared the outbreak over.'),
    ('en-us', 'Who won? WHO knows.', 'Who won? who knows.'),
    ('en-us', 'The CDC and the NIH issued guidance.', 'The C.D.C and the N.I.H issued guidance.'),
    ('en-us', 'Shares of ASML fell 3%.', 'Shares of A.S.M.L fell three percent.'),
    ('en-us', 'The review said the screen is REALLY bright.', 'The review said the screen is really bright.'),
    ('en-us', 'Do NOT update your phone yet, the post warned.', 'Do not update your phone yet, the post warned.'),
    ('en-us', 'The coach said: we NEVER give up.', 'The coach said: we never give up.'),
    ('en-us', 'CERN restarted the collider.', 'CERN restarted the collider.'),
    ('en-us', 'The UEFA panel met on Monday.', 'The UEFA panel met on Monday.'),
    ('en-us', 'Her team at MIT built the sensor.', 'Her team at M.I.T built the sensor.'),
    ('en-us', 'A PDF of the report is online.', 'A P.D.F of the report is online.'),
    ('en-us', 'The BBC and CNN both carried the story.', 'The B.B.C and C.N.N both carried the story.'),
    ('en-us', 'The LEGO set sold out in hours.', 'The LEGO set sold out in hours.'),
    ('en-us', 'The GOAT retired last night, fans said.', 'The goat retired last night, fans said.'),
    ('en-us', 'The NFL fined the club.', 'The N.F.L fined the club.'),
    ('en-us', 'OMG that finish, one fan posted.', (
      'O.M.G that finish, one fan posted.',
      'oh my god that finish, one fan posted.')),
    ('en-us', 'UPDATE: The road has reopened.', 'update: The road has reopened.'),
    ('en-us', 'CORRECTION: An earlier version misspelled her name.',
     'correction: An earlier version misspelled her name.'),
    ('en-us', 'The AI model was trained on GPUs.', (
      'The A.I model was trained on G.P.Us.',
      "The A.I model was trained on G.P.U.'s.")),
    ('en-us', 'The NASDAQ closed higher.', 'The NASDAQ closed higher.'),
    ('en-us', 'The DNA samples matched.', 'The D.N.A samples matched.'),
    ('en-us', 'STOP THE STEAL signs were seen outside.', 'stop the steal signs were seen outside.'),
    ('en-us', 'She tweeted in capitals: THIS IS HUGE.', 'She tweeted in capitals: this is huge.'),
    ('en-us', 'The band ABBA reunited on stage.', 'The band ABBA reunited on stage.'),
    ('en-us', 'The USB port sits next to the HDMI port.', 'The U.S.B port sits next to the H.D.M.I port.'),
    # brands and products in mixed case, with their model numbers
    ('en-us', 'The iPhone 15 Pro costs $999.', 'The iPhone fifteen Pro costs nine hundred ninety nine dollars.'),
    ('en-us', "Sony's PlayStation 5 outsold the Xbox Series X.", "Sony's PlayStation five outsold the Xbox Series X."),
    ('en-us', 'The router supports Wi-Fi 6E.', 'The router supports Wi-Fi six E.'),
    ('en-us', 'It charges over USB-C.', 'It charges over U.S.B C.'),
    ('en-us', 'The laptop has two USB-C ports and one USB-A port.',
     'The laptop has two U.S.B C ports and one U.S.B Eh port.'),  # h148: the letter A as the house writes it
    ('en-us', 'The Galaxy S24 Ultra has a 200MP camera.',
     'The Galaxy S twenty four Ultra has a two hundred megapixel camera.'),
    ('en-us', 'The Pixel 8a is the budget pick.', 'The Pixel eight Eh is the budget pick.'),  # a small a, the letter
    ('en-us', "Apple's M3 Max chip is fast.", "Apple's M three Max chip is fast."),
    ('en-us', 'The iPad Air runs iPadOS 17.', 'The iPad Air runs iPadOS seventeen.'),
    ('en-us', 'We tested the AirPods Pro 2 on a flight.', 'We tested the AirPods Pro two on a flight.'),
    ('en-us', 'The Nintendo Switch 2 launches in June.', 'The Nintendo Switch two launches in June.'),
    ('en-us', 'It has Bluetooth 5.3 and NFC.', 'It has Bluetooth five point three and N.F.C.'),
    ('en-us', 'The GoPro Hero 12 shoots 5.3K video.', 'The GoPro Hero twelve shoots five point three K video.'),
    ('en-us', 'The TV supports HDR10+ and Dolby Vision.', 'The T.V supports H.D.R ten plus and Dolby Vision.'),
    ('en-us', 'The RTX 4090 draws 450W.', 'The R.T.X forty ninety draws four hundred fifty watts.'),
    ('en-us', 'YouTube and TikTok removed the clip.', 'YouTube and TikTok removed the clip.'),
    ('en-us', 'The eBay listing was taken down.', 'The eBay listing was taken down.'),
    ('en-us', 'LinkedIn cut 600 jobs.', 'LinkedIn cut six hundred jobs.'),
    ('en-us', 'The speaker pairs with Alexa and Google Home.', 'The speaker pairs with Alexa and Google Home.'),
    ('en-us', 'The lab bottles H2O for the trial.', 'The lab bottles H two O for the trial.'),
    ('en-us', 'Emissions fell to 4.1 tonnes of CO2e.', (
      'Emissions fell to four point one tonnes of C.O two e.',
      'Emissions fell to four point one tonnes of C.O two equivalent.')),
    ('en-us', 'The 5G modem is new.', 'The five G modem is new.'),
    ('en-us', 'The watch runs watchOS 10.', 'The watch runs watchOS ten.'),
    ('en-us', 'The Model 3 got a refresh.', 'The Model three got a refresh.'),
    ('en-us', 'Its Snapdragon 8 Gen 3 chip runs cool.', 'Its Snapdragon eight Gen three chip runs cool.'),
    ('en-us', 'The PS5 Pro costs more.', 'The P.S five Pro costs more.'),
    ('en-us', 'The Kindle Paperwhite has a 7-inch screen.', 'The Kindle Paperwhite has a seven inch screen.'),
    ('en-us', 'It ships with Windows 11 Home.', 'It ships with Windows eleven Home.'),
    ('en-us', 'The McLaren F1 sold at auction.', 'The McLaren F one sold at auction.'),
    # maths and science in the news and the lab: ratios, signs, powers, statistics, formulas
    ('en-us', 'Women outnumbered men 3:1 in the trial.', 'Women outnumbered men three to one in the trial.'),
    ('en-us', 'Mix the resin and hardener 2:1 by volume.', 'Mix the resin and hardener two to one by volume.'),
    ('en-us', 'The new chip is x2 faster than the old one.', (
      'The new chip is two times faster than the old one.',
      'The new chip is times two faster than the old one.')),
    ('en-us', 'The margin of error is ±3 points.', 'The margin of error is plus or minus three points.'),
    ('en-us', 'Mean age was 54 ± 7 years.', 'Mean age was fifty four plus or minus seven years.'),
    ('en-us', 'The value was ≈ 2.7 at room temperature.', (
      'The value was approximately two point seven at room temperature.',
      'The value was about two point seven at room temperature.')),
    ('en-us', 'Patients with scores ≥ 10 were included.', (
      'Patients with scores greater than or equal to ten were included.',
      'Patients with scores at least ten were included.')),
    ('en-us', 'Only cells ≤ 5 µm passed the filter.', (
      'Only cells less than or equal to five micrometers passed the filter.',
      'Only cells at most five micrometers passed the filter.')),
    ('en-us', 'The array holds 10^6 entries.', (
      'The array holds ten to the sixth entries.',
      'The array holds ten to the power of six entries.')),
    ('en-us', 'The error rate fell to 1e-9.', (
      'The error rate fell to one times ten to the minus nine.',
      'The error rate fell to one times ten to the negative nine.',
      'The error rate fell to one times ten to the power of minus nine.')),
    ('en-us', 'The result was significant (p < 0.05).', (
      'The result was significant (p less than zero point zero five).',
      'The result was significant (p less than point zero five).')),
    ('en-us', 'The effect held (p = 0.003).', (
      'The effect held (p equals zero point zero zero three).',
      'The effect held (p equals point zero zero three).')),
    ('en-us', 'The correlation was r = 0.62.', (
      'The correlation was r equals zero point six two.',
      'The correlation was r equals point six two.')),
    ('en-us', 'Water is H2O and table salt is NaCl.', (
      'Water is H two O and table salt is N.A C.L.',
      'Water is H two O and table salt is sodium chloride.',
      'Water is H two O and table salt is N a C l.')),
    ('en-us', 'The tablets contain CaCO3.', (
      'The tablets contain C a C O three.',
      'The tablets contain calcium carbonate.')),
    ('en-us', 'Levels of CO2 topped 420 ppm.', 'Levels of C.O two topped four hundred twenty parts per million.'),
    ('en-us', 'The plant captured CH4 from the landfill.', (
      'The plant captured C H four from the landfill.',
      'The plant captured methane from the landfill.')),
    ('en-us', 'The team added 0.5 M HCl to the flask.', (
      'The team added zero point five molar H.C.L to the flask.',
      'The team added point five molar H.C.L to the flask.')),
    ('en-us', 'The temperature rose 2 °C above baseline.', 'The temperature rose two degrees Celsius above baseline.'),
    ('en-us', 'The odds ratio was 1.8 (95% CI 1.2–2.6).',
     'The odds ratio was one point eight (ninety five percent C.I one point two to two point six).'),
    ('en-us', 'The star is 4 × 10^12 km away.', (
      'The star is four times ten to the twelfth kilometers away.',
      'The star is four times ten to the power of twelve kilometers away.')),
    ('en-us', 'Growth was 3x the forecast.', 'Growth was three times the forecast.'),
    ('en-us', 'Each sample was diluted 1:10.', 'Each sample was diluted one to ten.'),
    ('en-us', 'The probe reached 2,000 °F.', 'The probe reached two thousand degrees Fahrenheit.'),
    ('en-us', 'The dose was ≤ 2 mg a day.', (
      'The dose was less than or equal to two milligrams a day.',
      'The dose was at most two milligrams a day.')),
    ('en-us', 'The drug cut risk by ~30%.', (
      'The drug cut risk by about thirty percent.',
      'The drug cut risk by approximately thirty percent.')),
    ('en-us', 'Growth was > 5% in Q3.', (
      'Growth was more than five percent in Q three.',
      'Growth was greater than five percent in Q three.')),
    ('en-us', 'The pH dropped to 6.8.', (
      'The p.H dropped to six point eight.',
      'The pH dropped to six point eight.')),
    ('en-us', 'The sample had n = 412 participants.', 'The sample had n equals four hundred twelve participants.'),
    pytest.param('en-us', 'Half-life is t½ = 8 days.', 'Half-life is t half equals eight days.',
                 marks=pytest.mark.xfail(strict=True, reason="a fraction glued to a letter is a subscript's")),
    ('en-us', 'The reaction ran at 37°C for 2 h.', 'The reaction ran at thirty seven degrees Celsius for two hours.'),
    ('en-us', 'The lab grew E. coli overnight.', 'The lab grew E. coli overnight.'),
    ('en-us', 'The score was 3:1 at the break.', (
      'The score was three to one at the break.',
      'The score was three one at the break.')),
    # a post's shorthand quoted in the news
    ('en-us', 'One user wrote, tbh the update broke everything.',
     'One user wrote, to be honest the update broke everything.'),
    ('en-us', "Another replied: imo it's the best phone this year.",
     "Another replied: in my opinion it's the best phone this year."),
    ('en-us', 'The post ended with lol.', (
      'The post ended with L.O.L.',
      'The post ended with lol.')),
    ('en-us', 'He posted, idk why they benched him.', "He posted, I don't know why they benched him."),
    ('en-us', 'btw the store opens at 9.', 'by the way the store opens at nine.'),
    ('en-us', 'smh at that call, the striker wrote.', 'shaking my head at that call, the striker wrote.'),
    ('en-us', 'ngl that goal was lucky, a fan posted.', 'not gonna lie that goal was lucky, a fan posted.'),
    ('en-us', 'fwiw, the battery held up fine.', "for what it's worth, the battery held up fine."),
    ('en-us', 'IMO the refs got it wrong.', 'in my opinion the refs got it wrong.'),
    ('en-us', 'TBH nobody expected the win.', 'to be honest nobody expected the win.'),
    ('en-us', 'She wrote, omw to the stadium now.', 'She wrote, on my way to the stadium now.'),
    ('en-us', 'irl the phone looks bigger.', 'in real life the phone looks bigger.'),
    ('en-us', 'One reply said: thx for the tip.', 'One reply said: thanks for the tip.'),
    ('en-us', 'He texted, pls call me back.', 'He texted, please call me back.'),
    ('en-us', 'The account replied, ty for the support.', 'The account replied, thank you for the support.'),
    pytest.param('en-us', 'A fan wrote: rip to my fantasy team.', (
                  'A fan wrote: R.I.P to my fantasy team.',
                  'A fan wrote: rest in peace to my fantasy team.'),
                 marks=pytest.mark.xfail(strict=True, reason="'rip' written small is the verb as often")),
    ('en-us', 'The reply read: afaik the patch is out.', 'The reply read: as far as I know the patch is out.'),
    ('en-us', 'She posted, iykyk.', 'She posted, if you know you know.'),
    ('en-us', 'jk, the launch is still on.', 'just kidding, the launch is still on.'),
    ('en-us', 'The thread said dm me for details.', 'The thread said D.M me for details.'),
    ('en-us', 'He wrote that the sound was lit.', 'He wrote that the sound was lit.'),
    ('en-us', 'The pilot said the imo number was on the hull.', 'The pilot said the I.M.O number was on the hull.'),
    pytest.param('en-us', 'The fan wrote: gr8 match 2nite.', 'The fan wrote: great match tonight.',
                 marks=pytest.mark.xfail(strict=True, reason="spellings by digits are no table's forms")),
    ('en-us', 'He posted, brb, grabbing food.', 'He posted, be right back, grabbing food.'),
    ('en-us', 'The streamer said, gg to the other team.', 'The streamer said, good game to the other team.'),
    # signs, emoji and ticks
    ('en-us', 'Johnson & Johnson issued a statement.', 'Johnson and Johnson issued a statement.'),
    ('en-us', 'Research & development spending rose.', 'Research and development spending rose.'),
    ('en-us', 'The post from @nasa drew a million likes.', 'The post from at nasa drew a million likes.'),
    ('en-us', 'Fans used #WorldCup to share clips.', (
      'Fans used hashtag WorldCup to share clips.',
      'Fans used hashtag World Cup to share clips.')),
    ('en-us', 'The tag #MeToo spread within days.', (
      'The tag hashtag MeToo spread within days.',
      'The tag hashtag Me Too spread within days.',
      'The tag Me Too spread within days.')),
    ('en-us', 'Sales rose from 10 → 14 million.', 'Sales rose from ten to fourteen million.'),
    ('en-us', 'Water resistance ✓, wireless charging ✓.', (
      'Water resistance check, wireless charging check.',
      'Water resistance yes, wireless charging yes.')),
    ('en-us', 'Headphone jack ✗.', (
      'Headphone jack no.',
      'Headphone jack cross.')),
    ('en-us', 'The fan wrote 🔥🔥 under the clip.', 'The fan wrote under the clip.'),
    ('en-us', 'Huge win tonight 🎉', 'Huge win tonight'),
    ('en-us', 'She replied with a single 😂.', (
      'She replied with a single laughing emoji.',
      'She replied with a single.',
      'She replied with a single face with tears of joy.')),
    ('en-us', 'Email press@example.com for details.', 'Email press at example dot com for details.'),
    ('en-us', 'The AT&T deal closed.', 'The A.T and T deal closed.'),
    ('en-us', 'Shares of P&G rose.', 'Shares of P and G rose.'),
    ('en-us', 'Step 1 → Step 2 → done.', (
      'Step one to Step two to done.',
      'Step one then Step two then done.')),
    ('en-us', 'The phone is 20% off @ Best Buy.', 'The phone is twenty percent off at Best Buy.'),
    ('en-us', 'The Q&A ran long.', (
      'The Q and A ran long.',
      'The Q and Eh ran long.')),
    ('en-us', 'The ratio was 1 : 4.', 'The ratio was one to four.'),
    ('en-us', 'Pros: long battery; Cons: no charger.', 'Pros: long battery; Cons: no charger.'),
    ('en-us', 'The drug™ went on sale.', 'The drug went on sale.'),
    ('en-us', 'Rock & roll never died.', 'Rock and roll never died.'),
    ('en-us', 'She scored #1 in the rankings.', 'She scored number one in the rankings.'),
    ('en-us', 'Press # to repeat.', ('Press pound to repeat.', 'Press hash to repeat.')),  # h129: the key, "hash"
    ('en-us', 'Temperatures of −40° were recorded.', 'Temperatures of minus forty degrees were recorded.'),
    ('en-us', 'The price → $5 next week.', (
      'The price goes to five dollars next week.',
      'The price to five dollars next week.')),
    # [sic], ellipses, brackets and editors' notes
    ('en-us', 'The sign read "Open everyday [sic]".', (
      'The sign read "Open everyday sic".',
      'The sign read "Open everyday".')),
    ('en-us', 'He wrote that "there [sic] team was better".', (
      'He wrote that "there sic team was better".',
      'He wrote that "there team was better".')),
    ('en-us', '"We will win… eventually," she said.', '"We will win eventually," she said.'),
    ('en-us', '"The results were... mixed," the author said.', '"The results were mixed," the author said.'),
    ('en-us', '"I never said that [...] at all," he said.', '"I never said that at all," he said.'),
    ('en-us', '[Updated 3pm] The road has reopened.', (
      'Updated three p.m. The road has reopened.',
      'Updated three PM. The road has reopened.')),
    ('en-us', '[Updated at 4:15 p.m. ET] Officials confirmed the count.', (
      'Updated at four fifteen p.m. E.T. Officials confirmed the count.',
      'Updated at four fifteen p.m. Eastern Time. Officials confirmed the count.',
      'Updated at four fifteen PM Eastern Time. Officials confirmed the count.')),
    ('en-us', "[Editor's note: This story has been corrected.]", "Editor's note: This story has been corrected."),
    ('en-us', '(Updated 10:30 a.m.) The vote was delayed.', (
      'Updated ten thirty a.m. The vote was delayed.',
      'Updated ten thirty AM. The vote was delayed.')),
    ('en-us', 'The mayor said "[the plan] will save money."', 'The mayor said "the plan will save money."'),
    ('en-us', 'Corrected Dec. 4: A previous version gave the wrong date.', (
      'Corrected December fourth: A previous version gave the wrong date.',
      'Corrected December four: A previous version gave the wrong date.')),
    ('en-us', '"Its [sic] a disgrace," the post read.', (
      '"Its sic a disgrace," the post read.',
      '"Its a disgrace," the post read.')),
    ('en-us', '[This article was amended on 3 May 2026.]', (
      'This article was amended on the third of May twenty twenty six.',
      'This article was amended on May third twenty twenty six.',
      'This article was amended on three May twenty twenty six.')),
    ('en-us', 'Update, 9 a.m.: The storm has weakened.', (
      'Update, nine a.m.: The storm has weakened.',
      'Update, nine AM: The storm has weakened.')),
    ('en-us', '"Wait... what?" one fan posted.', '"Wait what?" one fan posted.'),
    ('en-us', 'The findings [PDF] are online.', (
      'The findings P.D.F are online.',
      'The findings are online.')),
    ('en-us', '"He [Smith] was right," she said.', '"He Smith was right," she said.'),
    ('en-us', '(Reporting by Ana Ruiz; Editing by Tom Lee)', 'Reporting by Ana Ruiz; Editing by Tom Lee'),
    ('en-us', 'Ed. note: prices were checked at press time.', "Editor's note: prices were checked at press time."),
    ('en-us', 'The quote (emphasis added) was cut.', 'The quote emphasis added was cut.'),
])
def test_words_capitals_shorthand_and_maths(language: str, written: str, spoken: str | tuple[str, ...]) -> None:
    readings = (spoken,) if isinstance(spoken, str) else spoken
    assert letters_kept(speakable(written, language)) in {letters_kept(reading) for reading in readings}


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a post's shorthand in capitals only before a clause; the maritime body's, a paper's and a country's keep letters
    ("en-us", "The IMO said ships must slow down.", "The I.M.O said ships must slow down."),
    ("en-us", "IMO rules require a new hull survey.", "I.M.O rules require a new hull survey."),
    ("en-us", "According to IMO, ships must slow down.", "According to I.M.O, ships must slow down."),
    ("en-us", "IMO, the ships should slow down.", "in my opinion, the ships should slow down."),
    ("en-us", "Imo State held its vote.", "Imo State held its vote."),
    ("en-gb", "Sarah Lavin (IRL) won the heat.", "Sarah Lavin (Ireland) won the heat."),
    ("en-us", "The Sydney Morning Herald (SMH) ran it first.", "The Sydney Morning Herald (S.M.H) ran it first."),
    ("en-us", "SMH reported the deal.", "S.M.H reported the deal."),
    ("en-us", "JK Rowling replied to the post.", "J.K Rowling replied to the post."),
    ("en-us", "Idk what happened, one fan wrote.", "I don't know what happened, one fan wrote."),
    ("en-us", "Btw, the patch is out.", "By the way, the patch is out."),
    ("en-us", "Please dm me the details.", "Please D.M me the details."),
    ("en-us", "Send a DM to the account.", "Send a D.M to the account."),
    ("en-us", "Follow #tbh for more.", "Follow hashtag tbh for more."),
    ("en-us", "Read it on smh.com.au first.", "Read it on smh dot com dot AU first."),  # an address's pieces
    ("en-us", "Email tbh@example.com for a copy.", "Email tbh at example dot com for a copy."),
    # shortened words alone, and after a number, where the units read them
    ("en-us", "Mgmt approved the plan on Friday.", "Management approved the plan on Friday."),
    ("en-us", "Add 2 tbsp. of olive oil.", "Add two tablespoons of olive oil."),
    ("en-us", "Ed. note: the photo caption was fixed.", "Editor's note: the photo caption was fixed."),
    # a tick or a cross where a feature's item ends; before an item, or within a sentence, it is a picture
    ("en-us", "NFC ✔ | Headphone jack ✘", "N.F.C yes, Headphone jack no"),
    ("en-us", "✓ Free returns on every order.", "Free returns on every order."),
    ("en-us", "It failed ✗ twice in testing.", "It failed twice in testing."),
    ("en-us", "Passed ✅", "Passed"),
])
def test_the_rules_near_misses(language: str, written: str, spoken: str) -> None:
    assert letters_kept(speakable(written, language)) == letters_kept(spoken)


@pytest.mark.parametrize(("written", "spoken"), [
    # a rank before a title ends no sentence; after a name it may, and keeps its stop for the sentence
    ("The Sr. Director left.", "The Senior Director left."),
    ("She hired a Jr. Developer last week.", "She hired a Junior Developer last week."),
    ("Sr. Analyst Dana Lee left.", "Senior Analyst Dana Lee left."),
    ("The song was by Hank Williams Jr. The crowd sang.", "The song was by Hank Williams Junior. The crowd sang."),
    # a post's shorthand in capitals opening a sentence takes its capital
    ("IMO the refs got it wrong.", "In my opinion the refs got it wrong."),
    ("She wrote: TBH nobody saw it coming.", "She wrote: To be honest nobody saw it coming."),
])
def test_a_rank_or_a_shorthand_takes_the_sentences_capitals_and_stops(written: str, spoken: str) -> None:
    assert speakable(written, "en-us") == spoken
