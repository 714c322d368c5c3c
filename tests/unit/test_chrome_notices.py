"""Notices under a news article (where it first appeared, newsletters, affiliate links, how to
reach or follow the author, who the author is) are chrome; sentences of news that use the same
words are not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.author_notes import AUTHOR_NOTE
from mkdocs_claimdiff.sources.chrome import phrase_reason
from mkdocs_claimdiff.sources.discover import read_article

from .test_html import PARAGRAPHS, news_page, write


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "This story was originally published December 22, 2023, 11:09 AM.",
            "note on where the article first appeared",
        ),
        ("This post originally appeared on HuffPost.", "note on where the article first appeared"),
        (
            "This article 'Wealthy People Are Ditching These States' originally appeared on"
            " Benzinga.com",
            "note on where the article first appeared",
        ),
        ("This newsletter may contain advertising, deals, or affiliate links.", "newsletter form"),
        (
            "Subscribing to a newsletter indicates your consent to our Terms of Use and Privacy"
            " Policy.",
            "newsletter form",
        ),
        ("Sign up here.", "newsletter form"),
        ("Get daily insight, inspiration and deals in your inbox", "newsletter form"),
        (
            "Get the hottest deals available in your inbox plus news, reviews, opinion, analysis"
            " and more from the TechRadar team.",
            "newsletter form",
        ),
        ("The day's top stories, delivered straight to your inbox.", "newsletter form"),
        # stray lines of the development pages of 2023
        ("Oops!Something went wrong.Please try again later.", "pop-up or notice of the site"),
        (
            "Scroll through the gallery below to see photos of Nadya’s darling kids today!",
            "photo gallery or video player",
        ),
        ("Click on the photos to enlarge them.", "photo gallery or video player"),
        (
            "Jim Walsh is a senior reporter for the Courier-Post and The Daily Journal."
            " Email: Jwalsh@cpsj.com.",
            "contact address",
        ),
        # found by a second review: the plug goes on with its offer
        ("Get the news delivered to your inbox. Sign up", "newsletter form"),
        ("Get our best stories delivered to your inbox, for free.", "newsletter form"),
        ("Get the week's headlines delivered to your inbox on Sundays", "newsletter form"),
        ("Get the Morning Briefing in your inbox (it's free)", "newsletter form"),
        ("Get the latest news delivered to your inbox - sign up now", "newsletter form"),
        # and by a review of the fix
        ("Get the best stories delivered to your inbox once a week.", "newsletter form"),
        ("Get the headlines delivered to your inbox weekday mornings.", "newsletter form"),
        ("Get our picks delivered to your inbox for free, every Friday.", "newsletter form"),
        ("Get the news delivered to your inbox. It's free.", "newsletter form"),
        ("Get our newsletter in your inbox twice a week.", "newsletter form"),
        ("Article continues below this ad", "advertisement"),
        (
            "However, when you buy something through our retail links, we may earn an affiliate"
            " commission.",
            "advertisement",
        ),
        ("Follow her on X, formerly Twitter, at @kaylajjimenez.", "social media links"),
        (
            "Follow Deputy Editor Nicolas Stecher on Instagram at @nickstecher.",
            "social media links",
        ),
        ("Adam Sennott can be reached at adam.sennott@globe.com.", "contact address"),
        ("Contact Kayla Jimenez at kjimenez@usatoday.com.", "contact address"),
        ("ask.annalisa@theguardian.com.", "contact address"),
        # editors' notes of the development pages of 2023
        ("This interview has been lightly edited and condensed for clarity.", "editor's note"),
        ("Note: Content may be edited for style and length.", "editor's note"),
        ("Reviews have been edited for length and/or clarity.", "editor's note"),
        ("This conversation has been condensed and edited.", "editor's note"),
        (
            "Some answers were edited for clarity and length. This post originally appeared on"
            " HuffPost.",
            "editor's note",
        ),
        # stray lines of the development pages of 2023, read on 2026-12-04
        ("Install the Sky News app for free", "social media links"),
        ("Be the first to get Breaking News", "newsletter form"),
        ("Get The Watchlist delivered every Thursday.", "newsletter form"),
        ("Get alerts on the latest AP Top 25 poll throughout the season.", "newsletter form"),
        ("Want more movie news?", "link to another article"),
        ("Have a tip?", "call for news tips"),
        # whole paragraphs of such plugs
        (
            "Have a tip? Send it to us! Email In Touch at contact@intouchweekly.com.",
            "call for news tips",
        ),
        (
            "Want more movie news? Sign up for Entertainment Weekly's free newsletter to get the"
            " latest trailers, celebrity interviews, film reviews, and more.",
            "link to another article",
        ),
        ("Saturday 23 December 2023 05:39, UK", "time stamp of the page"),
        ("Saturday December 23, 2023 09:30 PM EST", "time stamp of the page"),
        # a news agency's dateline, its code before and the place after (an ECB+ scrape; the
        # first screen of its story listed it as reported by one outlet only)
        ("TNN Nov 12, 2011, 05.51AM IST MUMBAI:", "time stamp of the page"),
        ("PTI Nov 12, 2011, 10:05 PM NEW DELHI:", "time stamp of the page"),
        ("Let us know in the comments and SHARE this article!", "comment section notice"),
        ("discuss this in the forum (12 posts) |", "comment section notice"),
        ("Join the FamousFix discussion board >>", "comment section notice"),
        (
            "Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.",
            "link to a podcast",
        ),
        ("Email In Touch at contact@intouchweekly.com.", "contact address"),
        ("Includes information from The Associated Press", "byline"),
        ("posted on by Rafael Antonio Pineda", "byline"),
        ("Check out the exclusive photos above.", "photo gallery or video player"),
        # sentences of a paragraph that are chrome each (development pages of 2023)
        (
            "What do you think about these open celeb relationships? Let us know in the comments"
            " and SHARE this article!",
            "comment section notice",
        ),
        ("Let us know what you think.", "comment section notice"),
        (
            "Editor’s Note: Find more of Jonathan Wasserman’s coverage of the 2024 Draft on"
            " Bleacher Report or to read this article on BleacherReport.com, click here.",
            "link to another page",
        ),
        ("Benzinga Pro - Click here to start Your 14-Day Trial Now!", "link to another page"),
        ("for more features.", "fragment of a line of the site"),
        # found by a review
        ("Let us know your thoughts at letters@example.com.", "comment section notice"),
        (
            "What did you think of the finale? Let us know in the comments.",
            "comment section notice",
        ),
        ("Thoughts? Let us know in the comments.", "comment section notice"),
        ("Click here for more coverage of the election.", "link to another page"),
        ("For more local crime news, click here.", "link to another page"),
        ("See photos of the damage below.", "photo gallery or video player"),
        # hand-labelled chrome of the development pages
        ("Are you looking forward to returning to Happy Valley?", "comment section notice"),
        (
            "If you're still shopping, check out these plus-size New Year's Eve outfits under $50.",
            "link to another article",
        ),
        (
            "ask.annalisa@theguardian.com. Annalisa regrets she cannot enter into personal"
            " correspondence. Submissions are subject to our terms and conditions.",
            "contact address",
        ),
        (
            "Get alerts on the latest AP Top 25 poll throughout the season. Sign up here.",
            "newsletter form",
        ),
        ("Header Cell - Column 1", "pop-up or notice of the site"),
        (
            "Why you can trust TechRadar We spend hours testing every product or service we"
            " review, so you can be sure you’re buying the best. Find out more about how we test.",
            "pop-up or notice of the site",
        ),
        (
            "Reprinted by permission of Harvard Business Review Press. Excerpted from Getting"
            " Along: How to Get Along with Anyone (Even Difficult People) by Amy Gallo. Copyright"
            " 2022 Amy Gallo. All rights reserved.",
            "editor's note",
        ),
        # the site's own affiliate disclosures (development pages)
        (
            "E! has affiliate relationships, so we may get a commission if you purchase something"
            " through our links.",
            "advertisement",
        ),
        ("Just a heads up, some of the links on ONE Esports are affiliate links.", "advertisement"),
        ("This post contains affiliate links.", "advertisement"),
        ("We may receive compensation if you visit partners we recommend.", "advertisement"),
        (
            "We independently selected these deals and products because we love them, and we"
            " think you might like them at these prices.",
            "advertisement",
        ),
        ("Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.", "advertisement"),
        (
            '"ACTIVE INVESTORS\' SECRET WEAPON" Supercharge Your Stock Market Game with the #1'
            ' "news & everything else" trading tool: Benzinga Pro - Click here to start Your'
            " 14-Day Trial Now!",
            "advertisement",
        ),
        (
            "The views on this page do not necessarily reflect the views of the NBA, its clubs or"
            " Warner Brothers Discovery.",
            "pop-up or notice of the site",
        ),
        (">> new years events", "link to another article"),
        ("As an Amazon Associate we earn from qualifying purchases.", "advertisement"),
        ("We may earn a fee when you buy through our links.", "advertisement"),
        ("Mehr lesen: Erfahrt mehr über die Therme", "link to another article"),
        ("Noch keine Kommentare", "comment section notice"),
        ("We may earn a commission from links on this page.", "advertisement"),
        (
            "We may receive a small commission on purchases made through links in this article.",
            "advertisement",
        ),
        ("Purchases you make through our links may earn us a commission.", "advertisement"),
        ("Purchases made through links on this page may earn us a commission.", "advertisement"),
        ("As an Amazon Associate, Mashable earns from qualifying purchases.", "advertisement"),
        ("» Czytaj też: Czy grozi nam wojna atomowa?", "link to another article"),
        ("Czytaj też: Czy grozi nam wojna atomowa?", "link to another article"),
        ("[czytaj więcej]", "link to another article"),
        ("Lesen Sie hier: Spielabbruch in der Kreisliga", "link to another article"),
        ("Lesen Sie auch die folgenden Beiträge:", "link to another article"),
        ("Zum Weiterlesen:", "link to another article"),
        ("Never miss the latest news by signing up to our newsletter today!", "newsletter form"),
        (
            "Get The Times of Israel's Daily Edition by email and never miss our top stories Free"
            " Sign Up",
            "newsletter form",
        ),
        (
            "We want to hear what you think about this article. Submit a letter to the editor or"
            " write to letters@theatlantic.com.",
            "comment section notice",
        ),
        (
            "Verraten Sie gerne in den Kommentaren: Was bedeutet ein Award für Sie?",
            "comment section notice",
        ),
        ("Sie sind aktuell nicht eingeloggt.", "comment section notice"),
        (
            "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
            "comment section notice",
        ),
        (
            "This post contains references to products from one or more of our advertisers.",
            "advertisement",
        ),
        (">> Mehr lesen: Erfahrt mehr über Rogner Bad Blumau!", "link to another article"),
        ("(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links.", "advertisement"),
        (
            "Wenn du auf so einen Affiliate-Link klickst und über diesen Link einkaufst, bekommen"
            " wir von dem jeweiligen Online-Shop oder Anbieter eine kleine Provision.",
            "advertisement",
        ),
    ],
)
def test_notices_under_an_article_are_chrome(line: str, reason: str) -> None:
    assert phrase_reason(line, "paragraph") == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The story was first published by The Guardian in 2019.",
        "This report was first published in March, officials said, and has since been updated.",
        "Police said the suspect sold the drugs through the site and earned a commission.",
        "The suspect could not be reached for comment, police said.",
        "Police asked anyone with information to contact detectives at 555-0100.",
        "Follow the money, investigators said.",
        "MAY 2024 ELECTION RESULTS",
        "NASA Nov 12, 2011 was the launch date, officials said.",
        # helper-177's review of the first dateline rule
        "NASA Mars 2020",
        "FIFA June 2026",
        "UN Decade 2030",
        "MAY 2024 ELECTION RESULTS:",
        "UK March 2020 LOCKDOWN:",
        "PTI Nov 12, 2011 NEW DELHI:",
        # found by a review of the first version of these rules
        "This article, which first appeared in the Lancet in 1998, was retracted in 2010.",
        "This piece of legislation was first published in draft form in March, ministers said.",
        "This post, first published on Facebook on Monday, has been shared 40,000 times.",
        "Ms Smith said she had been asked to email him at his private address, bj@gmail.com.",
        "Contact with the suspect was made via an email to john@example.com, the court heard.",
        "She can be reached only through her lawyer, who gave the address info@lawfirm.com.",
        "The newsletters may contain classified material, the FBI said in its affidavit.",
        "Subscribing to a newsletter does not give a company the right to sell your data.",
        "The newsletter launched in 2019. The newsletter now has 40,000 paying readers.",
        "Customers who clicked through the links in the emails were charged a commission.",
        "Follow him on X and you will see the threats, his lawyer told the court.",
        # and by a review of the second
        "Prosecutors said Smith told victims to email him at jsmith@protonmail.com to pay.",
        "The hackers told victims to write to them at restore@proton.me to get their files.",
        "This article was first published in the Lancet in 1998 and was retracted in 2010.",
        "This post was first published on Facebook on Monday and has been shared 40,000 times.",
        "Substack said on Tuesday that newsletters will contain ads for the first time.",
        "Follow him on X, formerly Twitter, and you will see the threats, his lawyer said.",
        "Leave comments on the proposal by March 1. Submit comments online, the agency said.",
        "Police traced the email address to a flat in Leeds.",
        "The sender's email: pay@ransom.biz, was traced to a flat in Leeds, police said.",
        # the inbox of a newsletter plug
        "Scammers get into your inbox with messages that look like your bank's, police said.",
        "The phishing emails were delivered to your inbox as invoices, the company warned.",
        # found by a review
        "Get rid of the spam in your inbox with these three settings, Google says.",
        "Receive a warning in your inbox whenever someone logs in, the company said.",
        "Get ready for more scam emails in your inbox this holiday season, experts warn.",
        "Fake news stories delivered to your inbox are a growing problem, researchers said.",
        # and by a review of the third
        "Get fewer scam emails in your inbox with a free tool, Google says.",
        "Receive fewer spam messages in your inbox by turning on free settings, Microsoft says.",
        "Receive alerts in your inbox whenever you register a new device, the bank said.",
        "Get more junk mail in your inbox on Mondays than any other day, a study found.",
        "Get scam texts in your inbox? Police say people who join the scheme lose $500.",
        "Receive alerts in your inbox: register your device today, the bank said.",
        "Get scam warnings in your inbox – sign up with your bank, police advised.",
        # what was edited, in news
        "The tapes were edited.",
        "The interview was edited before it aired, the network admitted.",
        "Her remarks were edited for broadcast, the network said.",
        "The transcript was edited for clarity by the White House, critics said.",
        "Comments have been edited for length, the newspaper said of its new policy.",
        "Reprinted copies of the report were handed out, police said.",
        # the words of the plugs of 2026-12-04, in news
        "Be the first to know what happens next, the mayor told residents.",
        "Get alerts from the weather service, officials urged residents on Monday.",
        "Get alerts from the National Weather Service.",
        "Install the app on every phone in the ward, the hospital told its staff.",
        "Install the update now, Microsoft urged users of the app.",
        "Listen to the 911 call, released by police on Friday.",
        "Have a tip for the police? Call 555-0100, the sheriff said.",
        "Want more proof? The report lists 40 cases, the agency said.",
        # what a widget's error or a gallery's prompt says, in news
        "Something went wrong with the rocket's second stage, officials said.",
        "Scroll through the history of the photos archive and you find a story of loss.",
        "Click through rates on the photos fell sharply last year, the company said.",
        # the words of a paragraph's chrome sentences, in news
        "Hackers sent emails urging staff to click here to reset their passwords, police said.",
        '"What do you think?" he asked the crowd.',
        '"Let us know what you think," the mayor told residents on Monday.',
        "Let us know if you see him, police told residents on Monday.",
        "Why you can trust your bank is a question the survey asked.",
        "iPhone 15 is out.",
        "For more features.",
        "See the photos below the fold of the first edition, the archivist said.",
        # found by a review
        "Let us know if you think you saw him, the sheriff's office wrote on Facebook.",
        "Tell us what happened below the bridge, the officer said.",
        "Prices rose 3.2 percent in the year to March, the statistics office said. Click here"
        " to read our full analysis.",
        "Scammers sent texts telling recipients to click here to get a refund. More than 300"
        " people in Ohio lost money, police said.",
        "The phishing email read: Click here to view your invoice.",
        "Employees were trained never to click here.",
        "The message said simply: click here.",
        '"Are you looking forward to it?" she asked.',
        # found by a second review
        "Share your thoughts on the plan at a meeting Thursday, officials said.",
        "Let us know what you think caused the crash, the post said.",
        'Texts read "Your parcel is delayed, click here to reschedule" and linked to a fake site.',
        "The message said, click here to pay your fine.",
        "The notice - click here to pay - was fake, police said.",
        "Contributions are subject to the rules of the Federal Election Commission.",
        "All submissions are subject to the rules of the contest, the company said.",
        "Residents should check out our city's new recycling rules, the mayor said.",
        "The senator regrets she cannot attend the hearing, her office said.",
        "All flights are subject to delays this week, the airline said.",
        # the words of an affiliate disclosure, in news
        "The influencers earn commissions on every sale, the lawsuit says.",
        "We could get a share of the blame, the minister said.",
        "Amazon said it would cut the commissions it pays to sites that link to its store.",
        "Der Makler erhält eine Provision von drei Prozent, sagte die Polizei.",
        "The products were independently tested by a lab in Ohio, the company said.",
        "The company said it would start your free trial automatically.",
        "Patients can start their 30-day trial on Monday.",
        "The poll does not necessarily reflect the views of voters, the analyst said.",
        "Popular Information is a newsletter by Judd Legum that covers politics.",
        '>>> foo() ["baz"] >>> foo() ["baz", "baz"]',
        "Keine Kommentare wollte der Sprecher dazu abgeben.",
        "We want to hear what you think, the mayor told residents on Monday.",
        "Lesen Sie hier, was der Minister am Montag sagte.",
        "Czytaj też, co powiedział minister.",
        "Officials are signing up for the newsletter in droves, the agency said.",
        # found by a review (helper-181) of the rules above
        '"We will get the Commission to drop the ban," the farmers\' leader said.',
        "We will receive the commission's final report next week, the minister told parliament.",
        "We receive no compensation from the state for housing refugees, the mayor said.",
        "We make a commission on every car we sell, the dealer told investigators.",
        "Wenn der Vertrag verlängert wird, bekommen wir eine Provision von fünf Prozent, sagte"
        " der Makler.",
        "The lawsuit alleges that Honey is replacing affiliate links with its own code.",
        "Affiliate links must be clearly marked, the FTC said in new guidance on Thursday.",
        "Laut Gesetz müssen Affiliate-Links klar gekennzeichnet werden, sagte die Ministerin.",
        "We independently reviewed court records and found 40 cases in which the judge ruled"
        " for the county.",
        "The spokesman said the views expressed by the ambassador do not necessarily reflect"
        " government policy.",
        "Page views do not necessarily reflect how engaged readers are, analysts say.",
        "Morning Brew is a daily newsletter for young professionals that Insider bought in 2020"
        " for $75 million.",
        "Thousands of readers are signing up for our newsletter every week, the founder said.",
        "Sie müssen angemeldet sein, um an der Wahl teilzunehmen, sagte die Wahlleiterin.",
        "Sie sind derzeit nicht angemeldet und haben daher keinen Anspruch auf Kindergeld, so"
        " das Amt.",
        "Keine Kommentare. Die Regierung schweigt zu den Vorwürfen.",
        "Geld bekommen wir vom Land erst im Herbst, sagt der Bürgermeister.",
        ">>Wir schaffen das<<, sagte die Kanzlerin im August 2015 in Berlin.",
        "Don't miss: that was the coach's message to his strikers before the final.",
        "Submit a letter to the editor by Friday, the council said in its notice to residents.",
        "The FTC said users were told to start your free trial before being charged.",
        "France's privacy regulator said the cookie consent banners on Google's sites broke the"
        " law. Users could accept all cookies with one click but needed five clicks to refuse"
        " them, the CNIL found. Google was fined 150 million euros for the banners last year,"
        " and Amazon 35 million euros, the regulator said in its annual report on Thursday, which"
        " also listed fines against four smaller sites.",
        # found by a second review (helper-182)
        '"We earn a fee when you use an out-of-network ATM, and we disclose it," a Chase'
        " spokesperson said.",
        'Revolut said in a statement: "We receive a commission when you buy insurance through'
        ' the app."',
        "Under the new rules, we will collect fees when you park downtown after 6 pm, the mayor"
        " said.",
        "PayPal said the extension's links are standard affiliate links and that it follows"
        " industry rules.",
        "The lawsuit says the article contains affiliate links that were not disclosed to readers.",
        "Critics say the review is full of affiliate links, which the company denies.",
        "Der Artikel der Zeitung enthält Affiliate-Links, kritisierte der Presserat am Dienstag.",
        "Bei jedem Link, den Nutzer anklicken, erhalten wir eine Provision von zwei Prozent,"
        " sagte der Gründer.",
        "The shoes were independently tested by the team at the university's biomechanics lab.",
        "We independently selected the products that the lab then tested, the researchers wrote.",
        "The review is full of affiliate links. The FTC says the guide uses affiliate links too."
        " Regulators fined the publisher $2 million on Tuesday and ordered it to label every link"
        " within six months, the agency said in its decision.",
        '"We never promote products from our advertisers in news stories," the editor said.',
        "The pop-up read: Start your free trial, and then Adobe charged $49 a month, the lawsuit"
        " alleges.",
        "The FTC says the button — Start your free trial — hid a $139 annual fee.",
        ">> The suspect was arrested at 3 a.m., police said.",
        "More than 10,000 people responded by signing up to our newsletter.",
        # found by a third review (helper-183)
        "We may earn a fee when you use an out-of-network ATM, the bank explained.",
        '"We earn a commission if you buy," Amazon noted in its letter to the FTC.',
        "The bank argued that we will collect fees if you overdraw your account.",
        '"We may earn a commission when you buy through our links."',
        "Über diese Links erhalten wir eine Provision, so die Verbraucherzentrale in ihrer Klage.",
        ">> I think the economy is strong and we are going to win in November.",
        ">> Good evening. I'm Judy Woodruff.",
        "Amazon's sign-up page showed one large button: Start your free trial.",
        "Start your free trial with a credit card, and you will be charged automatically,"
        " consumer groups warn.",
        "Users who tapped - Start your free trial - were charged $79.99 a year.",
        '"We only feature products from our advertisers," the editor admitted to investigators.',
        "This story contains affiliate links. Amazon's Prime Day starts July 16, the company"
        " announced.",
        "This article contains affiliate links. Click here. Those were the words the influencer"
        " posted before the FTC fined her $10,000, the agency said in a statement on Tuesday that"
        " also named four other accounts.",
        "Harvard said the opinions in these articles do not necessarily reflect the university's"
        " position.",
        "Residents can sign up for alerts by email and never miss a road closure, the city said.",
        "Tell us in the comments which player was best, the club tweeted after the match.",
        "Das sagen sie in den Kommentaren über den Trainer.",
    ],
)
def test_news_sentences_with_the_same_words_are_article_text(sentence: str) -> None:
    assert phrase_reason(sentence, "paragraph") is None


def test_a_paragraph_of_notices_is_chrome_and_a_paragraph_opening_with_news_is_not() -> None:
    """Sites print their notices as one paragraph, too long for any one rule."""
    notices = (
        "This newsletter may contain advertising, deals, or affiliate links. Subscribing to a"
        " newsletter indicates your consent to our Terms of Use and Privacy Policy. You may"
        " unsubscribe from the newsletters at any time."
    )
    assert phrase_reason(notices, "paragraph") == "newsletter form"
    news = (
        "Six people were hurt when the roof of the station collapsed on Monday, the fire"
        " service said. Contact Kayla Jimenez at kjimenez@usatoday.com for the full list of the"
        " stations that the city will close until the inspections are done."
    )
    assert phrase_reason(news, "paragraph") is None


def test_a_notice_of_two_sentences_takes_the_rest_of_its_paragraph() -> None:
    """A disclosure goes on in words of its own, which no rule knows; a paragraph that only
    opens with one sentence of a notice is article text."""
    disclosure = (
        "Just a heads up, some of the links on ONE Esports are affiliate links. This means if you"
        " click on them and make a purchase, we may earn a small commission at no additional"
        " cost to you. It’s a way for us to keep the site running. Thanks for your support!"
    )
    assert phrase_reason(disclosure, "paragraph") == "advertisement"
    news = (
        "Just a heads up, some of the links on ONE Esports are affiliate links. The team won the"
        " final 3-1 on Sunday in Manila, its first title since the league was founded in 2019,"
        " and its captain was named the most valuable player of the tournament."
    )
    assert phrase_reason(news, "paragraph") is None


NOTE = "Jane Roe is a senior reporter at The Daily Example covering the Middle East."
ABOUT_ANOTHER = "Evan Gershkovich is a reporter for The Wall Street Journal."


def test_a_note_about_the_pages_own_author_is_dropped_and_listed(tmp_path: Path) -> None:
    """The byline names Jane Roe: a paragraph opening with her name and what she is, is a note
    about the author; the same shape about someone else is a claim of the story."""
    page = news_page(author="Jane Roe", paragraphs=[*PARAGRAPHS, ABOUT_ANOTHER, NOTE])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    body = [article.block_text(block) for block in article.blocks]
    assert body == [*PARAGRAPHS, ABOUT_ANOTHER]
    assert [(entry.text, entry.reason) for entry in article.removed] == [(NOTE, AUTHOR_NOTE)]


@pytest.mark.parametrize(
    ("author", "note"),
    [
        (
            "Jonathan Wasserman; Bleacher Report",
            "Jonathan Wasserman is the lead scout and NBA Draft analyst for Bleacher Report.",
        ),
        (
            "L Daniela Alvarez",
            "L. Daniela Alvarez is a contributing writer for Better Homes & Gardens.",
        ),
    ],
    ids=["a byline of a person and a site", "a byline with an initial"],
)
def test_a_note_is_asked_whether_the_article_is_about_the_author_it_names(
    tmp_path: Path, author: str, note: str
) -> None:
    """Whether the article is about the author is asked of the author the note is about: a
    byline's site ("Bleacher Report") is named by any sentence with "report" in it, and an
    initial ("L") by any "L" of the text."""
    above = "The report said the L train would run again on Monday, the city's transit agency said."
    page = news_page(author=author, paragraphs=[*PARAGRAPHS, above, note])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [(entry.text, entry.reason) for entry in article.removed] == [(note, AUTHOR_NOTE)]


@pytest.mark.parametrize(
    ("author", "paragraphs"),
    [
        ("Hope Yen", [*PARAGRAPHS, "Hope is fading for the miners trapped since Monday."]),
        ("Jane Roe", ["Jane Roe is a name the court gave her, the documents show.", *PARAGRAPHS]),
    ],
    ids=["first name alone", "not among the last paragraphs"],
)
def test_a_first_name_or_a_paragraph_higher_up_is_no_note(
    tmp_path: Path, author: str, paragraphs: list[str]
) -> None:
    page = news_page(author=author, paragraphs=paragraphs)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == paragraphs
    assert article.removed == ()


def test_a_byline_as_long_as_a_page_is_read_at_once(tmp_path: Path) -> None:
    """A byline of 800,000 characters made the first version compile a pattern of it, for
    minutes; a name that long names no one."""
    scrape = f"Headline\n\nBy {'A' + 'a' * 800_000} Roe\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    start = time.process_time()
    article = read_article(write(tmp_path, "long.txt", scrape), "syria", max_bytes=2 << 20)
    assert time.process_time() - start < 5
    assert [article.block_text(block) for block in article.blocks][-1] == PARAGRAPHS[-1]


def test_a_byline_that_names_an_organisation_makes_no_note(tmp_path: Path) -> None:
    """An agency's article reports as the agency: "The Associated Press is the only news agency
    …" under "By The Associated Press" is a claim, not a note about an author."""
    claim = "The Associated Press is the only news agency with a reporter in the city."
    scrape = "\n\n".join(["Assad flees", "By The Associated Press", *PARAGRAPHS, claim]) + "\n"
    article = read_article(write(tmp_path, "wire.txt", scrape), "syria")
    assert article.author == "The Associated Press"
    assert [article.block_text(block) for block in article.blocks][-1] == claim


def test_a_note_about_the_author_of_a_text_scrape_is_dropped_too(tmp_path: Path) -> None:
    """One policy for every format: the byline of a pasted scrape names the author as well."""
    scrape = "\n\n".join(["Assad flees to Moscow", "By Jane Roe", *PARAGRAPHS, NOTE]) + "\n"
    article = read_article(write(tmp_path, "daily.txt", scrape), "syria")
    assert article.author == "Jane Roe"
    assert NOTE not in article.body
    assert [entry.reason for entry in article.removed if entry.text == NOTE] == [AUTHOR_NOTE]


LONG_NOTE = (
    "Jane Roe is the senior Middle East correspondent of The Daily Example, where she has"
    " reported from Damascus, Beirut and Baghdad since 2011, covering the war in Syria, the"
    " rise and fall of the Islamic State and the protests of 2019 in Lebanon. She was a"
    " Nieman fellow at Harvard and has written two books, the latest about the siege of"
    " Aleppo."
)


@pytest.mark.parametrize(
    ("author", "notes"),
    [
        ("Jane Roe", [LONG_NOTE]),
        ("Jane Roe", ["Jane is a senior reporter at The Daily Example covering the Middle East."]),
        ("Jane Roe; The Daily Example", [NOTE]),
        (
            "Jane Roe",
            [NOTE, "She has covered the war in Syria since 2011 and lives in Beirut."],
        ),
        (
            "Jane Roe",
            [NOTE, "When not reporting, she can usually be found hiking in the Chouf mountains."],
        ),
        (
            "Jane Roe",
            [
                NOTE,
                "She has covered the war in Syria since 2011.",
                "When she's not reporting, she can be found hiking in the Chouf mountains.",
            ],
        ),
        ("Jane Roe", ["A veteran war correspondent, Jane has covered the Middle East since 2011."]),
    ],
    ids=[
        "a few sentences",
        "first name and trade",
        "one of the bylines",
        "goes on",
        "off work",
        "goes on twice",
        "described before the first name",
    ],
)
def test_longer_notes_and_notes_in_two_paragraphs_are_dropped(
    tmp_path: Path, author: str, notes: list[str]
) -> None:
    """Notes of up to 73 words, a note by the first name that names the author's trade, a
    note under a byline that also names the site, and the paragraph that goes on about the
    author after a note (development pages: ELLE, Cosmopolitan, Bleacher Report, TechRadar)."""
    page = news_page(author=author, paragraphs=[*PARAGRAPHS, *notes])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(entry.text, entry.reason) for entry in article.removed] == [
        (note, AUTHOR_NOTE) for note in notes
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [*PARAGRAPHS, "Jane is a name the rebels gave the city's last hospital, the doctors say."],
        [*PARAGRAPHS, "He said the rebels would hold elections within a year of taking power."],
        [*PARAGRAPHS, NOTE, "The rebels said they would hold elections within a year."],
        [
            *PARAGRAPHS,
            "Jane Roe and her crew came under fire near Homs on Sunday, the network said.",
        ],
    ],
    ids=[
        "first name without a trade",
        "a pronoun after no note",
        "news after a note",
        "the author in the news (helper-182)",
    ],
)
def test_what_only_looks_like_a_note_stays(tmp_path: Path, paragraphs: list[str]) -> None:
    page = news_page(author="Jane Roe", paragraphs=paragraphs)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    kept = [text for text in paragraphs if text != NOTE]
    assert [article.block_text(block) for block in article.blocks] == kept


@pytest.mark.parametrize(
    ("author", "paragraphs"),
    [
        (
            "Michael Smith",
            [*PARAGRAPHS, "Michael is a photographer whose studio burned down; he will rebuild."],
        ),
        ("Anna Lee", [*PARAGRAPHS, "Anna is the author of the letter that prompted the inquiry."]),
        ("Jane Roe", [*PARAGRAPHS, NOTE, "He has denied the charges and is due in court."]),
        (
            "Jane Roe",
            [*PARAGRAPHS, NOTE, "She has covered the war since 2011.", "The rebels said so."],
        ),
    ],
    ids=["first name, no outlet", "first name, no trade", "pronoun, no note", "not the last"],
)
def test_a_first_name_or_a_pronoun_after_a_note_is_article_text_unless_it_says_who_they_are(
    tmp_path: Path, author: str, paragraphs: list[str]
) -> None:
    """Found by a review: the first name alone makes a note only with the author's trade at an
    outlet, and a paragraph after a note goes on about the author only as the article's last
    and only when it says what a note says."""
    page = news_page(author=author, paragraphs=paragraphs)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    kept = [text for text in paragraphs if text != NOTE]
    assert [article.block_text(block) for block in article.blocks] == kept


def test_a_note_under_an_outlets_byline_is_told_by_whom_it_is_about(tmp_path: Path) -> None:
    """A byline that names no one ("The Daily Journal"): a last paragraph that says a
    journalist's trade or beat, about someone the article has not named, is a note; the same
    shape about someone the article is about is a claim (development pages of 2023)."""
    note = "Jim Walsh is a senior reporter for the Courier-Post and The Daily Example."
    beat = (
        "Kaitlyn McCormick writes about trending issues and community news across South Jersey"
        " for the Courier Post, The Daily Example and the Burlington County Times. If you have a"
        " story she should tell, email her at kmccormick@example.com."
    )
    page = news_page(author="The Daily Example", paragraphs=[*PARAGRAPHS, note, beat])
    article = read_article(write(tmp_path, "journal.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(entry.text, entry.reason) for entry in article.removed] == [
        (note, AUTHOR_NOTE),
        (beat, AUTHOR_NOTE),
    ]
    named = ["Evan Gershkovich was detained in Yekaterinburg in March.", *PARAGRAPHS[1:]]
    page = news_page(author="The Daily Example", paragraphs=[*named, ABOUT_ANOTHER])
    article = read_article(write(tmp_path, "about.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [*named, ABOUT_ANOTHER]


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        (None, [*PARAGRAPHS, "Yellowstone National Park covers nearly 3,500 square miles."]),
        (
            None,
            [
                *PARAGRAPHS,
                "Mohamed El-Erian writes about markets for The Daily Example and said the Fed"
                " risked falling behind the curve.",
            ],
        ),
        (None, [*PARAGRAPHS, "Jane Roe is a reporter for The Wall Street Journal in Moscow."]),
        (
            "Evan Gershkovich detained in Russia",
            [*PARAGRAPHS, "Evan Gershkovich is a reporter for The Daily Example in Moscow."],
        ),
        (
            None,
            [
                "Russia detained Evan on Thursday, his editors said.",
                *PARAGRAPHS[1:],
                "Evan Gershkovich is a reporter for The Daily Example in Moscow.",
            ],
        ),
    ],
    ids=["a place's extent", "a statement", "another outlet's", "in the title", "by first name"],
)
def test_what_looks_like_a_note_under_an_outlets_byline_stays(
    tmp_path: Path, headline: str | None, paragraphs: list[str]
) -> None:
    """Found by a review: under an outlet's byline a note names the page's own outlet, states
    nothing, and is about someone the title and the article have not named, in any form."""
    page = news_page(
        author="The Daily Example",
        paragraphs=paragraphs,
        headline=headline or "Assad flees to Moscow after rebels take Damascus",
    )
    article = read_article(write(tmp_path, "brief.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == paragraphs
    assert article.removed == ()


def test_the_authors_full_name_opening_a_last_paragraph_is_a_note_whatever_it_says(
    tmp_path: Path,
) -> None:
    """TechRadar's note: "Lance Ulanoff makes frequent appearances on …" under his byline."""
    note = "Jane Roe makes frequent appearances on national news programs, including the BBC."
    page = news_page(author="Jane Roe", paragraphs=[*PARAGRAPHS, note])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(entry.text, entry.reason) for entry in article.removed] == [(note, AUTHOR_NOTE)]


@pytest.mark.parametrize(
    ("author", "title", "paragraphs"),
    [
        (
            "Taylor Henderson",
            "Taylor Swift tops the charts again",
            [*PARAGRAPHS, "Throughout her career, Taylor has written about her exes in songs."],
        ),
        (
            "David Smith",
            "David Smith's firm is sold",
            [*PARAGRAPHS, "David Smith founded the firm after leaving university."],
        ),
        (
            "The Hill",
            None,
            [
                *PARAGRAPHS,
                "Anna Kowalski is a freelance photographer for the Hillsboro Tribune.",
            ],
        ),
    ],
    ids=["the subject's first name", "the subject's full name", "another outlet's name"],
)
def test_a_paragraph_about_the_articles_subject_is_no_note(
    tmp_path: Path, author: str, title: str | None, paragraphs: list[str]
) -> None:
    """Found by a second review: a person the title names is the article's subject, whoever
    the byline names; and the page's outlet is a whole name in a note ("The Hill" is not in
    "the Hillsboro Tribune")."""
    page = news_page(
        author=author,
        outlet=author if title is None else "The Daily Example",
        paragraphs=paragraphs,
        headline=title or "Assad flees to Moscow after rebels take Damascus",
    )
    article = read_article(write(tmp_path, "subject.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == paragraphs
