"""The safety triage's phrase rules: which words put a message in which safety category.

Rules are regular expressions over the canonical text (components/triage_text.py: lowercase
ASCII, obfuscation and misspellings undone). Categories, most urgent first:
- overdose: too much medicine already taken (Poison Control, 911 and 988);
- crisis: suicidal intent, a plan or method, self-harm (988 and 911);
- emergency: symptoms that need 911 now; "no chest pain" and the like do not count;
- abuse: someone hurting, threatening or controlling the patient, not safe at home (911 if in
  danger now, the National Domestic Violence Hotline);
- warning: indirect warning signs (988's, AFSP's and the Columbia screener's lists): the bot
  asks directly whether the patient is thinking about ending their life;
- medication: doses, stopping, doubling, mixing (ask a doctor or pharmacist).
Acute and emergency phrases are also listed in Spanish. Clinicians should review these lists.
"""

import re
from dataclasses import dataclass
from typing import Dict, List, Optional

from actions.constants import (
    ABUSE, CRISIS, EMERGENCY, MEDICATION, OVERDOSE, SAFETY_CATEGORIES, WARNING)

MEDICINES = (
    # (a trailing "s": "norcos", "percocets"; "med school" is no medicine)
    r"(?:meds?(?! school\b)|medications?|medicines?|medicat\w*|pills?|tablets?|capsules?|"
    r"prescriptions?|doses?|"
    r"duloxetine|cymbalta|pregabalin|lyrica|milnacipran|savella|amitriptyline|elavil|"
    r"gabapentin|neurontin|cyclobenzaprine|flexeril|tramadol|ultram|ibuprofen|advil|motrin|"
    r"tylenol|acetaminophen|paracetamol|naproxen|aleve|aspirin|melatonin|oxycodone|"
    r"hydrocodone|codeine|morphine|fentanyl|percocet|vicodin|xanax|alprazolam|valium|diazepam|"
    r"klonopin|ambien|zolpidem|trazodone|prozac|fluoxetine|sertraline|zoloft|naltrexone|ldn|"
    r"benadryl|tizanidine|zanaflex|baclofen|nortriptyline|celebrex|meloxicam|mobic|opioids?|"
    r"painkillers?|pain killers?|sleeping pills?|muscle relaxers?|antidepressants?|"
    r"pastillas?|medicinas?|medicamentos?|duloxetina|pregabalina|gabapentina|amitriptilina|"
    r"ibuprofeno|tapentadol|nucynta|hydromorphone|dilaudid|methadone|suboxone|"
    r"buprenorphine|lorazepam|ativan|clonazepam|quetiapine|seroquel|mirtazapine|venlafaxine|"
    r"effexor|citalopram|escitalopram|lexapro|paroxetine|bupropion|wellbutrin|topiramate|"
    r"sumatriptan|prednisone|methocarbamol|robaxin|carisoprodol|soma|kratom|ketamine|"
    r"magnesium|5 ?htp|st ?john'?s wort|supplements?|vitamins?|tabs|caps|insulin|turmeric|tumeric|"
    r"blood thinners?|warfarin|eliquis|sudafed|pseudoephedrine|decongestants?|antihistamines?|"
    r"co ?codamol|voltaren|diclofenac|nyquil|dayquil|patch(?:es)?|ssris?|snris?|maois?|excedrin|"
    r"tylenol pm|edibles?|unisom|doxylamine|imitrex|rizatriptan|maxalt|triptans?|midol|kava|"
    r"ashwagandha|lisinopril|hydrochlorothiazide|metoprolol|lithium|lamotrigine|lamictal|"
    r"metformin|levothyroxine|synthroid|thyroid pills?|adderall|ritalin|hydroxyzine|promethazine|"
    r"ondansetron|zofran|omeprazole|fish oil|ginkgo|valerian|oxy|oxys|norco|nsaids?|lirica|"
    r"ciclobenzaprina|warfarina|curcuma|calpol|panadol|"
    # voice-to-text: "cymbal ta", "symbol ta", "lyric a"
    r"cymbal ?ta|symbol ?ta|lyric a)s?"
)
# Medicines with acetaminophen (paracetamol), whose daily limit combining them easily passes.
ACETAMINOPHEN = (r"tylenol(?: pm)?|acetaminophen|paracetamol|excedrin|dayquil|nyquil|co ?codamol|"
                 r"vicodin|norco|percocet|panadol|calpol")
# Counts written out, as in "swallowed about thirty of my pills".
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "is definitely fatal", "is 100 percent lethal"
CERTAINLY = (r"definitely|definately|certainly|almost certainly|surely|actually|always|"
             r"guaranteed|100 ?(?:percent|%)|a hundred percent")
# After "enough": "enough to last the weekend", "enough for the holidays" is a supply, not a plan.
NOT_A_SUPPLY = r"(?! (?:to last|for|until|till|to get|to cover)\b)"
# After pills hidden away: kept from the children, pets or visitors is safekeeping, no warning sign.
NOT_HIDDEN_FROM_OTHERS = (r"(?! (?:\w+ ){0,3}from (?:the |my |our )?(?:kids?|children|grand\w*|"
                          r"toddler|dogs?|cats?|puppy|visitors|guests))")
# A child who may have got at the pills: "my 3 year old ... pills are missing".
CHILD = (r"(?:toddlers?|bab(?:y|ies)|kids?|child(?:ren)?|sons?|daughters?|twins|grandsons?|"
         r"granddaughters?|grandkids?|grandchildren|grandbab(?:y|ies)|"
         r"nephew|niece|\d+ ?(?:year|yr) old|\d+ ?yo)")
MANY = (r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"sixty|a hundred|a dozen|dozens")
ALCOHOL = (r"alcohol|beers?|wines?|drinks?|drinking|champagne|vodka|whiske?y|liquor|booze|sherry|"
           r"brandy|gin|rum|cider|prosecco|tequila|"
           r"cocktails?|weed|cbd|marijuana|cannabis|edibles?|gummies|grapefruit|pints?|shots?|"
           r"glass(?:es)? of wine")
INTENT = (r"(?:want(?:ed|s|ing)? to|wanna|going to|gonna|gona|about to|plan(?:ning)? to|ready to|"
          r"decided to|intend(?:ing)? to|will|i'll|ill|i'm gonna|need to|trying to|try to|tried to|"
          r"urge to|"
          r"think(?:ing)? (?:about|of)|feel like|could just|should just|might|may)")
SELF = r"(?:my ?self|myself|my ?sle?f|my sel|meself|mysef|myslf|himself|herself|themselves|themself)"
# Someone the patient writes about: a carer's message is as urgent as the patient's own.
SOMEONE = (r"(?:kids?|sons?|daughters?|child(?:ren)?|bab(?:y|ies)|toddlers?|twins|dogs?|cats?|pet|"
           r"puppy|grandsons?|granddaughters?|grandkids|"
           r"\d+ ?(?:year|yr) old|\d+ ?yo|husband|wife|partner|friend|mum|mom|dad|mother|father|"
           r"brother|"
           r"sister|nan|gran|grandma|grandpa|niece|nephew|she|he|they)")

# Someone who may hurt the patient, and what they may do ("my husband hits me when I'm in pain").
ABUSER = (r"(?:he|she|they|someone|somebody|(?:my |his |her |the )?(?:husband|wife|partner|"
          r"boyfriend|girlfriend|ex|spouse|fiance|fiancee|dad|father|mom|mother|stepdad|"
          r"stepfather|son|daughter|brother|sister|caregiver|carer|roommate|boss|neighbou?r))")
HARMS = (r"hits?|hitting|beats?|beating|slaps?|slapped|slapping|chokes?|choked|choking|"
         r"strangl\w*|punch(?:es|ed|ing)?|kicks?|kicked|kicking|shoves?|shoved|pushes|pushed|"
         r"hurts?|hurting|abuses?|abused|abusing|threatens?|threatened|threatening|rapes?|raped|"
         r"assaults?|assaulted|locks? me in|locked me in")

# A lethal outcome, then the wish for it in the same message ("if you mix tramadol and alcohol
# you stop breathing in your sleep? because that's what i want").
LETHAL_OUTCOME = (r"lethal|fatal|stop breathing|stops? (?:my|your|the) (?:own )?heart|"
                  r"die (?:from|of)|deadly in (?:big|large|high|huge) (?:amounts|doses|quantities)")
# The wish ends its clause: "that's what i want." but not "that's what i want fixed".
CLAUSE_END = r"(?= ?(?:[^\w\s]|$|(?:because|tbh|lol|honestly|though|tho)\b))"
LETHAL_WISH = (rf"(?:that'?s|that|which is) (?:exactly )?what (?:i|i'?m|im|i am) (?:want|"
               rf"going for){CLAUSE_END}|i (?:\w+ )?want it to be the (?:first|former)\b|"
               r"i want something that works\b(?! (?:for|on|with|better|faster)\b)")
# Lethality asked about a pet, not a person ("what dose of chocolate is deadly for a dog").
NOT_ABOUT_A_PET = r"(?!.{0,40}\b(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?)\b)"
# All of one's medicines taken as a routine: "i take all my meds together in the morning".
NOT_A_ROUTINE = (r"(?! (?:\w+ ){0,2}(?:before bed|at bedtime|in the morning|with (?:food|dinner|"
                 r"breakfast)|as (?:usual|normal|prescribed)|every (?:night|day|morning))\b)")
# "a healthy dose of patience", "a double dose of reality", "her second dose of the hpv vaccine"
NOT_A_FIGURATIVE_DOSE = (r"(?! of (?:(?:the|a|her|his|my) )?(?:\w+ )?(?:reality|patience|sunshine|"
                         r"humou?r|fresh air|nature|optimism|sarcasm|good news|vaccines?|shots?|"
                         r"boosters?|jabs?)\b)")
# Not said of a person: "my boss is going to kill me", "mum will kill me" are figures of speech
# (a threat from a partner is the abuse rules' to answer).
NOT_AFTER_A_PERSON = "".join(
    f"(?<!{person} )" for person in
    "boss manager supervisor teacher coach mom mum dad wife husband sister brother".split())
# Not after "if i (ever)": "what if i took an extra tramadol" is a question, not a dose taken.
NOT_IF_I = r"(?<!if i )(?<!if i ever )"
# "I'm not suicidal": a denial, which gets the check-in (and which the learned line, seeing
# "suicidal", may not raise to the crisis answer).
DENIED_SUICIDE = r"\b(?:not|n't|never|never been|no) suicid\w*"

PHRASES: Dict[str, List[str]] = {
    OVERDOSE: [
        # "took too many", "swallowed a whole bottle of ...": the amount itself says too much.
        rf"\b(?<!if someone )(?<!if a person )(?:took|taken|swallowed|ate|popped|downed|take|takes|"
        rf"taking) (?:\w+ ){{0,2}}(?:too many|"
        rf"too much|(?:a|the|my|her|his|their) (?:whole|full|entire) (?:bottle|pack|packet|box|"
        rf"blister)|a bottle of|"
        rf"a handful of)(?: (?:\w+ ){{0,3}}(?:{MEDICINES})\b| ?[,.;!?]| ?$)",
        # "took all my pills", "took extra lyrica", "took 20 pills": only with a medicine named;
        # "if I took an extra tramadol, would that be dangerous" is a question.
        rf"\b{NOT_IF_I}(?:took|taken|swallowed|ate|popped|"
        rf"downed) (?:\w+ ){{0,2}}(?:all (?:of )?(?:my|the|"
        r"them|em|her|his|their)|extra|a double|double|twice|two doses|a lot of|a bunch of|"
        r"loads of|lots of|"
        rf"(?:[5-9]|\d\d+|{MANY})(?! ?mg| milligrams?)(?: of)?) (?:\S+ ){{0,3}}(?:{MEDICINES})\b"
        r"(?! (?:\w+ ){0,3}(?:on time|as prescribed|as directed|for the day|for once)\b)",
        rf"\b(?:drank|drunk|finished) (?:\w+ ){{0,3}}bottle of (?:{ALCOHOL}) (?:\S+ ){{0,5}}"
        r"(?:took|taken|"
        rf"swallowed) (?:\S+ ){{0,3}}(?:{MEDICINES})\b",
        rf"\b(?:{MEDICINES}) (?:\S+ ){{0,4}}(?:chewing on|chewed|sucking on|swallowed|ate) "
        r"(?:one|it|some|them)\b",
        rf"\b{NOT_IF_I}(?:took|taken|swallowed|had|taking) (?:\w+ ){{0,3}}"
        rf"(?:{MEDICINES}) (?:\w+ ){{0,3}}(?:twice|two times|again by mistake|double)"
        r"(?! a day| daily| per day| every day)",
        # "took 4 naproxen and 6 tylenol": two medicines, three or more of each, taken together.
        rf"\b(?:took|taken|swallowed|popped|downed) (?:[3-9]|\d\d+) (?:\S+ ){{0,2}}(?:{MEDICINES}) "
        rf"and (?:[3-9]|\d\d+) (?:\S+ ){{0,3}}(?:{MEDICINES})\b",
        r"\b(?:double|doubled) dosed\b", r"\boverdosed\b", r"\bod(?:'e?d|ed)\b",
        r"\bodd (?:on|again|last)\b",
        r"\b\d+ ?x (?:my|the) (?:\w+ )?doses?\b",
        # not "can't remember whether i already took it, should i take it or skip it?"
        r"\b(?<!whether i )(?<!whether or not i )(?<!if i )already (?:taken|took|had) "
        r"(?:them|it|my \w+)\b",
        r"\b(?:accidentally|by accident|by mistake) (?:\w+ ){0,2}(?:took|taken|swallowed|ate)\b",
        rf"\b{SOMEONE} (?:\w+ ){{0,3}}(?:ate|swallowed|swalowed|got into|chewed|chewing on|"
        rf"has eaten|drank|drunk) (?:(?!(?:then|after|before|while|took|take|taking|with)\b)"
        rf"[\w']+ ){{0,5}}(?:{MEDICINES}|strip|pill organi[sz]er|"
        r"blister\w*)",
        r"\b(?:drank|drunk|swallowed|ate|drinking) (?:\w+ ){0,2}(?:bleach|cleaner|detergent|"
        r"antifreeze|poison|batteries|battery|lighter fluid)",
        r"\b(?:lost count|no idea|not sure|don'?t know|can'?t remember) (?:of )?(?:\w+ ){0,2}how "
        r"(?:many|much) (?:\w+ ){0,3}(?:took|taken|had|swallowed)",
        r"\b(?:took|taken|swallowed) (?:it|them|my \w+|the \w+) again\b",
        # not a taper's milligrams: "come down off tramadol? down to 50 a day"
        rf"\b(?:{MEDICINES}) (?:\S+ ){{0,8}}(?:like |about |around |over |more than )?"
        r"(?<!down to )(?<!up to )(?<!cut to )(?<!reduced to )(?<!dropped to )(?:1[5-9]|"
        r"[2-9]\d) (?:a|per|each) day\b",
        rf"\b(?:{MEDICINES}|blister\w*|bottle|pack|packet) (?:\w+ ){{0,2}}(?:open|opened) "
        rf"(?:\w+ ){{0,3}}"
        r"(?:missing|gone|empty)\b",
        r"\bpoison(?:ed|ing)\b",
        rf"\b{NOT_IF_I}(?:took|taken|swallowed|had) (?:way |a lot |much |far |a bit )?more "
        rf"(?:\S+ ){{0,2}}(?:{MEDICINES}) than (?:i'?m |i am |i was |she'?s |he'?s )?(?:prescribed|"
        r"supposed to|allowed|i should)\b(?!.{0,40}\b(?:last (?:week|month|year)|(?:weeks|months|"
        r"years) ago)\b)",
        r"\bnot knowing (?:that )?(?:\w+ ){0,4}(?:had )?already (?:given|taken|had) (?:them|it|her|"
        r"him|his|their)\b",
        rf"\b(?:took|taken|swallowed|popped|downed) (?:a |an )?(?:\w+ )?handful of (?:\S+ ){{0,4}}"
        rf"(?:{MEDICINES}|percs?|xans?|bars|oxys?|norcos?)\b",
        rf"\b(?:all|whole|rest of) (?:the |my )?(?:\w+ )?(?:{MEDICINES}) (?:\S+ ){{0,6}}"
        r"on purpose\b",
        rf"\b(?:taken|took|swallowed) (?:about |around )?(?:half|most|all|the rest) of "
        rf"(?:them|it|the \w+|my \w+) (?:\S+ ){{0,3}}(?:with|and) (?:\S+ ){{0,3}}(?:{ALCOHOL})\b",
        r"\b(?:took|taken|had|has taken|have taken) an? (?:\w+ )?(?:overdose|od)\b",
        r"\btook (?:\S+ ){0,5}in one go\b", r"\bempty (?:blister|pill|tablet|medicine|meds?) "
        r"(?:packs?|packets?|bottles?|boxes?|strips?)\b(?! for (?:a |the )?(?:crafts?|projects?|"
        r"recycling|beads?)\b)",
        r"\b(?:put on|applied|wearing|stuck on) (?:two|three|four|five|several|\d+|all my|extra) "
        r"(?:\w+ )?patch(?:es)?\b",
        rf"\btook (?:all )?(?:my |the |his |her )?(?:\w+ )?(?:{MEDICINES}) to "
        r"(?:make it (?:all )?stop|end it|die|not wake|never wake|sleep forever)\b",
        r"\b(?:i'?ve|i have|i) (?:taken|took|swallowed) enough (?:this time|to\b|of (?:\w+ )?"
        rf"(?:{MEDICINES}))",
        r"\b(?:took|swallowed|taken|downed) (?:a |the |my )?(?:whole|entire|full) (?:strip|bottle|"
        r"pack|packet|box|blister|sheet|tub|jar)\b(?! of (?:water|juice|milk|soda|pop|coke|tea|"
        r"coffee|wine|beer|cider)\b)",
        r"\bmixed up (?:my |the |our )?(?:bottles|pills|meds|medicines|medications)\b",
        r"\btook again\b",
        rf"\ban empty bottle of (?:\w+ ){{0,3}}(?:{MEDICINES})\b",
        r"\b(?:took|swallowed|taken|downed) (?:[2-9]|two|three|four|five|several) (?:boxes|bottles|"
        r"packs|packets|strips|blisters) of\b",
        r"\b(?:gave|given|give) (?:him|her|them|my \w+) (?:an )?extra (?:dose|pill|tablet|patch)\b",
        rf"\b(?:gave|give|given) (?:me|him|her|them|my \w+) (?:\w+ ){{0,3}}(?:{MEDICINES}) "
        r"(?:\w+ ){0,2}(?:again|twice|double)\b",
        r"\bfound (?:her|his|their|my \w+'s) (?:bottle|pack|box|blister\w*|"
        rf"{MEDICINES}) (?:\S+ ){{0,3}}"
        r"(?:nearly |almost |completely )?empty\b",
        # Seventh round's development batches (2026-11-27): "took my husband's too, thought it
        # was mine", "swallowed them all before i noticed", "way over 4000 most days".
        rf"\b{NOT_IF_I}(?:took|taken|swallowed) "
        r"(?:\S+ ){0,6}(?:by accident|by mistake|accidentally)\b",
        r"\btook (?:my )?(?:husband|wife|partner|mom|mum|dad|son|daughter|kid|roommate|sister|"
        r"brother)'?s (?:\w+ )?(?:too|as well|instead)\b",
        rf"\b(?:took|swallowed) (?:\S+ ){{0,3}}(?:{MEDICINES}) (?:\S+ ){{0,6}}(?:thought|thinking) "
        r"(?:it was|they were) (?:mine|my)\b",
        r"\b(?:swallowed|took|taken) (?:them|em|it|all|\d+|"
        r"the \w+) (?:\S+ ){0,3}before i (?:noticed|"
        r"realized|realised|checked)\b",
        rf"\b(?:{ACETAMINOPHEN})\b.{{0,200}}\b(?:over|more than|above|past) (?:the )?(?:4000|4 ?g|"
        r"4 grams|daily (?:limit|max\w*)|max(?:imum)? (?:daily )?(?:dose|limit))\b",
        # (a range is asked about as a whole: "is 6-8 tylenol a day too many?")
        rf"\b(?<!\bis )(?<!\bare )(?<!\bwould )(?<!\d )(?<!\d-)(?<!\d to )(?:\d+ ?(?:-|to)? ?)?"
        rf"(?:(?<!up to )(?<!no more than )"
        rf"(?<!maximum of )(?<!max of )"
        rf"(?<!limit of )(?:8|eight)|9|1\d|20|nine|ten|eleven|twelve) (?:\w+ ){{0,2}}"
        rf"(?:{ACETAMINOPHEN})s? (?:\w+ ){{0,2}}(?:a|per|each|every) day\b",
        rf"\b(?<!alternate )(?<!alternating )(?:{ACETAMINOPHEN}) (?:\S+ ){{0,3}}every (?:1|2|3|one|"
        r"two|three|couple of|few) "
        r"(?:hours?|hrs?)\b",
        # The tenth round's blind batch: every pill taken, poison drunk, a child and spilled pills.
        rf"\b(?:took|taken|swallowed) every (?:\w+ )?(?:{MEDICINES})\b",
        r"\bi'?ve taken everything\b",
        r"\b(?:drank|drunk|swallowed|ate) (?:\w+ ){0,3}(?:pesticide|"
        r"weed ?killer|herbicide|paraquat|antifreeze|bleach|rat poison|poison|roundup|lye|"
        r"drain cleaner)\b",
        r"\b(?:injected|injecting|inject) (?:\w+ ){0,2}(?:all|every|whole|entire) (?:\w+ ){0,2}"
        r"(?:insulin|pens?|syringes?)\b",
        rf"\b{SOMEONE}\b(?: \S+){{0,8}} (?:ate|swallowed|chewed|got into) (?:\S+ ){{0,4}}"
        rf"(?:{MEDICINES}|gummies)",
        rf"\b{CHILD}\b.{{0,80}}\b(?:pills?|tablets?) (?:are |were )?missing\b",
        # "his morphine bottle is empty and his breathing is slow", a note and an empty bottle,
        # "so two doses of everything"
        r"\bbottle(?:'s| is| was)? (?:now )?empty\b.{0,100}\b(?:breathing|wake|asleep|"
        r"unresponsive|slurr\w*)\b",
        r"\b(?:note|letter)\b.{0,150}\bbottle(?:'s| is| was)? (?:now )?empty\b",
        r"\b(?:took|taken|had|so) (?:\w+ )?(?:two|2|three|3|double) doses of (?:everything|all of "
        r"(?:them|it|my \w+))\b",
        # the fifteenth round: "took a huge amount of her meds", "he's had 2 days worth"
        rf"\b(?:took|taken|swallowed|downed) (?:a |an )?(?:huge|massive|large|big|crazy|insane) "
        rf"(?:amount|number|load|bunch|heap) of (?:\S+ ){{0,3}}(?:{MEDICINES})\b",
        r"\b(?:had|took|taken|given|gave (?:him|her|them)) (?:\d+|two|three|four|five) days?'? "
        r"worth\b",
        # "my grandson (2) was playing with my pill organizer and now the slots are empty"
        rf"\b{CHILD}\b.{{0,80}}\bplaying with (?:\S+ ){{0,2}}(?:pill organi[sz]er|pill ?box|"
        rf"pill case|pill bottle|{MEDICINES})\b.{{0,80}}\b(?:empty|missing|gone|open)\b",
        rf"\b{CHILD}\b.{{0,80}}\b(?:pills?|tablets?|one) in (?:her|his) mouth\b",
        r"\bmight have swallowed (?:some|one|a few|any|them|it|pills?|tablets?)\b",
        rf"\b(?:[5-9]|\d\d) ?(?:grams?|g)\b (?:of )?(?:{ACETAMINOPHEN})",
        r"\bforgot (?:\S+ ){0,4}(?:and )?took (?:another|it again|a second)\b",
        r"\btook (?:two|2|both|three|3) days(?:'|'s)? (?:worth )?(?:of )?(?:everything|my pills|"
        r"my meds|doses|pills|meds)\b",
        r"\b(?:ten|[3-9]|\d\d) times (?:my|the|his|her) (?:\w+ )?(?:dose|dosage|amount)\b",
        rf"(?:{ACETAMINOPHEN})\b.{{0,120}}\b(?:[5-9]|1\d),?\d{{3}} ?(?:mg|milligrams)\b",
        rf"\b(?:had|taken|took) (?:\w+ ){{0,2}}(?:[5-9]|1\d|[2-9]\d) (?:\w+ ){{0,2}}"
        rf"(?:{ACETAMINOPHEN})\b"
        r"(?! (?:\w+ )?(?:left|prescribed|in the|a month|a week))",
        r"\b(?:swallowed|downed|ate) the (?:whole )?bottle\b",
        rf"\boverdid (?:it on )?(?:the |my )?(?:{ACETAMINOPHEN}|{MEDICINES})\b",
        r"\btook (?:today'?s|this morning'?s|tonight'?s) and (?:tomorrow'?s|tonight'?s|"
        r"yesterday'?s)\b",
        r"\b(?:gave|handed) (?:me|him|her|mom|dad|my \w+) (?:the same|my|his|her) (?:ones|pills|"
        r"meds|doses?|tablets) again\b(?=[^.]{0,40}\b(?:not knowing|without knowing|by mistake|"
        r"by accident|didn'?t know|forgot|so (?:2|two) ?x))",
        r"\b(?:been|was|i'?m|am|have been) (?:accidentally )?double ?dosing\b(?![^.]{0,60}\b"
        r"(?:doctor|prescribed|suggested|told me to|recommended)\b)",
        r"\bmisread (?:the|my) (?:label|bottle|instructions|dose)\b.{0,60}\b(?:took|taken|"
        r"been taking)\b",
        r"\b(?:taken|took|swallowed) \W{0,3}the (?:whole )?lot\b(?! (?:to|back|in|into|down|out|"
        r"away|over)\b)",
        r"\b(?:they'?re|it'?s|the pills are|pills are) (?:all )?in me (?:now|already)\b",
        # someone else's medicine or a dose repeated, said as a story: "took my pills instead of
        # hers", "what I thought was my lyrica but it was ... oxycodone", "couldn't remember
        # whether I had ... six of them now"
        r"\b(?:took|taken|had|swallowed) (?:my|his|her|their|your|someone'?s|\w+'s) (?:\w+ ){0,2}"
        r"(?:pills|meds|tablets|medicine|medication|doses?) instead of (?:hers|his|mine|theirs|"
        r"her own|his own|my own)\b",
        r"\bwhat (?:i|he|she|they) thought (?:was|were) (?:my |his |her |"
        rf"the )?(?:\w+ )?(?:{MEDICINES}|pills?|meds|vitamins?|tablets?)\b[^.]{{0,30}}\bbut (?:it|"
        r"they) (?:was|were)\b",
        rf"\b(?:took|swallowed|ate) (?:\w+ ){{0,3}}(?:{MEDICINES}|pills?|meds|tablets?|them)"
        rf"\b[^.]{{0,30}}"
        r"\b(?:because|cause|cos) (?:i|he|she|they) thought (?:it was|they were)\b",
        # (not "what would happen if I ever took them twice by accident", nor "took the dog out
        # twice")
        rf"\b{NOT_IF_I}took (?:\S+ ){{0,5}}(?:{MEDICINES}|pills?|meds|medicines?|"
        rf"medications?|doses?|tablets?|them|it)(?: \S+){{0,3}} (?:twice|two times|three times|"
        r"3 times|again)\b[^.]{0,70}\b(?:forgot|forgetting|couldn'?t remember|didn'?t remember|"
        r"by mistake|by accident|accidentally|not sure if|wasn'?t sure)\b",
        r"\b(?:forgot|couldn'?t remember|didn'?t remember|not sure if|"
        rf"wasn'?t sure)\b[^.]{{0,60}}\btook (?:\S+ ){{0,5}}(?:{MEDICINES}|pills?|meds|medicines?|"
        r"medications?|doses?|tablets?|them|it)(?: \S+){0,3} (?:twice|again|two times|"
        r"three times|3 times)\b",
        rf"\b(?:toddler|baby|\d+ ?(?:year|yr) old|grandchild|grandkid|little one)\b[^.]{{0,80}}"
        rf"\b(?:{MEDICINES}|pills|tablets|gummies)\b[^.]{{0,60}}\b(?:ate|swallowed|chewed)\b",
        # a son or daughter whose age says a small child: "swallowed, he's 18 months"
        rf"\b(?:son|daughter)\b[^.]{{0,60}}\b(?:{MEDICINES}|pills|tablets|capsules)\b[^.]{{0,40}}"
        r"\b(?:swallowed|ate|chewed)\b[^.]{0,30}\b(?:(?:he|she)'?s|is) (?:\d+|one|two|three|four|"
        r"five)\b",
        # From the sixth round's blind batches (2026-11-27): overdoses told as plans or stories.
        r"\b(?:i'?m|i am|i'?ll be|i will be|gonna be|going to be|about to be) (?:just )?"
        r"overdosing\b(?= ?[.!?,]| ?$| (?:tonight|now|today|the first night|on purpose)\b| on "
        rf"(?:\S+ ){{0,4}}(?:{MEDICINES})\b(?<!vitamin)(?<!vitamins))",
        rf"\b(?:took|taken|swallowed|popped|downed) (?:\w+ ){{0,2}}(?:a|the|my|her|his|their) "
        r"(?:whole|full|entire) (?:supply|stash|stock|prescription|script|month'?s supply)\b"
        rf"(?: (?:\S+ ){{0,3}}(?:{MEDICINES})\b| ?[,.;!?]| ?$)"
        r"(?! (?:\w+ ){0,4}(?:back|to the|into|with me|on holiday)\b)",
        rf"\b(?:popped|took|taken|swallowed|downed) (?:\w+ ){{0,2}}every "
        r"(?:one|single one|last one)"
        rf" of (?:\S+ ){{0,3}}(?:{MEDICINES})\b(?! (?:on time|as (?:prescribed|directed|told)|"
        r"today|this (?:week|month)|every|each|back|to|into|in)\b)",
        # a dose taken again, or someone else's, by mistake; not one taken at the wrong hour
        rf"\b(?:took|taken|swallowed|had) (?:my |the |his |her )?(?:\S+ ){{0,2}}(?:{MEDICINES}) "
        r"(?:\S+ ){0,6}(?:by mistake|by accident|accidentally) (?:and|&) (?:then )?again\b",
        rf"\b(?:took|taken|had) (?:\S+ ){{0,3}}(?:{MEDICINES}) and then (?:\S+ ){{0,4}}(?:one|"
        rf"{MEDICINES}) (?:again )?(?:by mistake|by accident|accidentally)\b",
        rf"\b{NOT_IF_I}(?:took|taken|swallowed) (?:\S+ ){{0,3}}\w+'s (?:\S+ ){{0,4}}"
        rf"(?:{MEDICINES}) (?:\S+ ){{0,6}}(?:by mistake|by accident|accidentally)\b",
        rf"\b(?:{MEDICINES}|pill bottle|bottle|blister pack) (?:[^\s.!?;]+ ){{0,10}}(?:he|she|"
        r"they|the baby|the kid) (?:eat|ate|swallowed|drank|chewed) (?:some|them|it|a few|one|"
        r"several|many|all)\b",
        r"\b(?:drank|drunk|swallowed|downed) (?:\w+ ){0,2}(?:the|a|her|his|my) (?:whole |"
        r"entire |full )?(?:\w+ )?(?:calpol|medicine|cough syrup|cough medicine|liquid "
        r"(?:paracetamol|ibuprofen|tylenol|motrin|nurofen|medicine|morphine)) bottle\b",
        # the sixteenth round: every patch stuck on, a baby sucking a patch, the wrong bottle or
        # the dog's pills taken, "60 pregabs down the hatch"
        r"\b(?:stuck|put|slapped|applied|wearing) (?:on )?(?:all|every one|every single one) "
        r"(?:of )?(?:my |her |his |the )?(?:(?!lidocaine|heat|salonpas|capsaicin|menthol)\w+ )?"
        r"patch(?:es)?\b",
        rf"\b{CHILD}\b.{{0,80}}\b(?:sucking|sucked|chewing|chewed|licking|licked|biting|bit) "
        rf"(?:on )?(?:\w+ ){{0,2}}(?:{MEDICINES})\b",
        r"\b(?:took|taken|swallowed|had) (?:the |my |a )?wrong (?:bottle|pills?|tablets?|meds?|"
        r"medicines?|medications?|capsules?|ones|packet)\b(?! (?:to|with|on|from|back|home)\b)",
        r"\b(?:took|taken|swallowed|had|gave (?:him|her|them|me)) (?:\w+ ){0,2}(?:the )?"
        r"(?:dog|cat|pet|vet)'?s? (?:meds?|pills?|tablets?|medicines?|medications?)\b",
        rf"\b(?:\d{{2,}}|all|the whole (?:bottle|box|pack|packet|lot)) (?:of )?(?:\S+ ){{0,2}}"
        rf"(?:{MEDICINES}|pregabs?|gabbies) down the hatch\b",
        # "so she's had a double dose of pregabalin", "took my tizanidine three times instead of
        # once"
        rf"\b(?:'s|'ve|has|have|had|just) had (?:a |her |his |my )?double (?:dose|doses|dosage)\b"
        rf"{NOT_A_FIGURATIVE_DOSE}",
        r"\b(?:took|taken|had|given) (?:\S+ ){0,3}(?:twice|two times|three times|four times|"
        r"[2-4] times) instead of (?:once|one)\b",
        # the eleventh round: a double dose given by someone else, the wrong child's medicine, a
        # dose twice by mistake in other words ("pregabalin 2x tonight, didn't mean to", "my 10pm
        # meds at 9 and then again at 10")
        r"\b(?<!doctor )(?<!dr )(?<!doc )gave (?:\w+ ){1,3}(?:a )?double dose\b",
        r"\bgave (?:my |our |her |his )?(?:son|daughter|child|kid|baby|toddler|grandson|"
        r"granddaughter|husband|wife|mum|mom|dad|mother|father) (?:my|the wrong|her|his) (?:\w+ )?"
        r"(?:meds|pills|medicine|medication|tablets|dose)\b.{0,20}\b(?:instead of|by mistake|by "
        r"accident)\b",
        rf"\b(?:{MEDICINES}|meds|pills|dose) (?:2|two|3|three) ?(?:x|times)\b.{{0,40}}\b(?:didn'?t "
        r"mean|by mistake|by accident|accidental\w*|mixed up)\b",
        r"\b(?:took|swallowed|taken|had) (?:my |the )?(?:\S+ ){0,3}(?:meds|pills|tablets|dose|"
        r"doses)\b.{0,40}\b(?:and )?then again\b",
    ],
    CRISIS: [
        # not "killing myself with exhaustion" or "...trying to make it to graduation"
        r"\b(?:kill|kil|kiling|killing|killed|murder|off|unalive|unaliving|top|topping|gas|"
        rf"gassing) ?{SELF}"
        r"(?! (?:with (?:exhaustion|work|worry|stress|overwork\w*)|over (?:it|this|nothing)|trying|"
        r"to (?:get|make|finish|keep))\b)",
        r"\bunaliv\w*", r"\bquit\w* life\b", r"\buntil i die\b", r"\bby my own hand\b",
        r"\bi'?ll do it (?:on|tonight|tomorrow|this|next|when)\b",
        r"\b(?:when|after|once) (?:\w+ ){1,4}(?:leaves?|goes|is asleep|are asleep|sleeps|gone)\b"
        r"(?: \S+){0,4} (?:i'?ll|ill|i will|im gonna|i'?m going to) do it\b",
        r"\b(?:yes,? |yeah,? )?i (?:have|do have|'ve got) a plan\W*$",
        r"\byes,? i (?:have|do have|'ve got) a plan\b",
        r"\b(?:tied|put|wrapped) (?:something|(?:a|the) (?:\w+ )?(?:belt|cord|rope|scarf|ligature|"
        r"cable)) (?:\w+ )?(?:around|round) (?:my|his|her) neck\b",
        r"\b(?:looking|staring) (?:down )?at the (?:train |railway |railroad )?tracks\b",
        r"\bnot safe\b.{0,40}\b(?:have|got) (?:the |my |all my )?(?:pills|gun|rope|knife|meds)\b",
        r"\b(?:picked|chosen|chose) (?:the|a) (?:bridge|spot|place|method|way)\b",
        rf"\btak\w* all (?:of )?(?:em|them|my \w+) (?:tonight|today|now)\b"
        rf"{NOT_A_ROUTINE}",
        r"\b(?:active |passive )?si\b (?:\w+ ){0,3}(?:plan|intent|active)\b",
        r"\bplan and (?:the )?means\b", r"\bmeans (?:at home|ready|at hand)\b",
        r"\bwalk\w* into the (?:sea|ocean|river|lake|water|traffic)\b(?! up to)",
        r"\b(?:got|have|holding|took|pulled|loaded) (?:\w+ ){0,2}(?:gun|pistol|rifle|shotgun) "
        r"(?:out|loaded|ready|in my hand)\b",
        # (not "my fibro is trying to kill me today")
        r"\b(?<!gonna )(?<!going to )(?<!will )(?<!'ll )(?<!would )(?<!'d )(?<!fibro is trying to )"
        r"(?<!pain is trying to )(?<!flare is trying to )kill me\b"
        r"(?! (?:now|already|lol|haha))",
        r"\b(?<!\d)(?<!\d )kms\b(?! ?(?:today|away|from|of|walk|run|hike|a day|per))",
        r"\b(?<!not in a )(?<!not )(?<!n't )(?<!never )(?<!never been )(?<!no )suicid\w*",
        r"\bself[ -]?harm\w*", r"\bend(?:ing)? (?:it all|my life|my own life|"
        r"everything|things|my suffering for good|it tonight|it today|it now)\b",
        rf"\b{INTENT} (?:just )?end (?:it|this)\b(?! with\b)", r"\btake (?:my|me) (?:own )?life\b",
        r"\btaking my (?:own )?life\b", r"\bcommit\w* suicide",
        r"\b(?<!like i'm )(?<!like im )(?<!like i am )(?<!like he's )(?<!like she's )"
        r"(?<!like hes )(?<!like shes )(?:want|"
        r"wants|wanted|wanting|wanna|wish|ready|going|gonna|deserve|trying|decided) (?:to )?"
        r"(?:just )?"
        r"(?:die|be dead|dye(?! (?:my|your|his|her|the|it|them|some)\b))\b"
        # "i'm going to die if i don't get coffee", "... of boredom": figures of speech
        r"(?! (?:if|unless) i (?:don'?t|dont|do not) (?:get|have|eat|drink) (?:\w+ )?(?:coffee|"
        r"caffeine|food|chocolate|pizza|tea|snacks?|lunch|dinner|a nap)\b| of (?:boredom|"
        r"laughter|embarrassment|shame|cuteness)\b| (?:my|her|his|your) (?:hair|roots|beard)\b)",
        r"\b(?:wish|hope|pray) (?:that )?(?:i|i'd|id) (?:was|were|would|could|'d|had) "
        r"(?:just )?(?:be )?(?:dead|die|died)\b",
        r"\b(?:better off|rather be) dead\b", r"\blet me die\b",
        # "took the rest of my sleeping pills so I won't wake up", "will i feel it if i take all 3
        # bottles. they're open in front of me", "patient ended her life", "if they find me in
        # time", "goodbye ... heading to the cliffs"
        r"\b(?:took|taken|swallowed|take|taking)\b.{0,80}\bso (?:that )?(?:i|he|she) (?:won'?t|"
        r"wont|will not|don'?t|never) wake up\b"
        r"(?! (?:at|during|in the|every|from|with|so|until|till)\b)",
        r"\bwill i (?:feel|notice) (?:it|anything)\b.{0,30}\bif i (?:take|swallow|jump|do it)\b",
        r"\b(?:bottles?|pills|meds|tablets) (?:are |is )?(?:open|opened|lined up|poured out) in "
        r"front of me\b",
        r"\b(?:take|taking|swallow\w*) all (?:\d+|two|three|four|five) (?:of )?(?:the |my )?"
        r"bottles\b",
        r"\bended (?:her|his|my|their) (?:own )?life\b",
        r"\bif (?:they|someone|anyone|somebody|he|she|you) (?:find|finds|found) me (?:in time|too "
        r"late|before|after)\b",
        r"\b(?:goodbye|bye|farewell)\b.{0,80}\b(?:heading|going|driving|walking) (?:out )?to the "
        r"(?:cliffs?|overpass|ledge|train tracks|tracks|railway|bridge|roof)\b",
        # "no food for 2 weeks ... i want to fade out quietly", "a cord tied in a loop ... for
        # later", "it's kicking in now ... don't tell my husband", "max dose ... before it stops
        # ur heart", "I'm standing on the chair.", five degrees and "not going in"
        r"\b(?:not eating|no food|stopped eating|not drinking|no water|stopped drinking)\b.{0,120}"
        r"\b(?:want|wanna|going|hope|plan\w*) (?:to )?(?:just )?(?:fade|die|disappear|slip away|"
        r"waste away|be gone|it (?:all )?to end|end it)\b",
        r"\b(?:cord|rope|belt|cable|sheet|scarf)\b (?:\w+ ){0,2}tied (?:in|into) (?:a )?loop\b",
        r"\b(?:it'?s|its|they'?re|theyre) (?:already |starting to |finally )?kicking in\b.{0,80}"
        r"\b(?:don'?t|dont|do not) tell\b",
        r"\b(?:dose|amount|much|many) (?:\S+ ){0,4}(?:before|to|that would|that will|would|will) "
        r"(?:it )?stops? (?:ur|your|my|the|someone'?s|a person'?s) (?:heart|breathing)\b",
        r"\bi'?m (?:standing|stood) on (?:the|a) (?:chair|stool)(?= ?[.!]| ?$)",
        r"\b(?:degrees|freezing|below zero|snow)\b.{0,100}\bnot going (?:back )?in(?:side)?\b",
        # the fifteenth round: "took the kitchen knife to my thigh", "take my tramadol and
        # amitriptyline together till i stop breathing", "how much amitriptyline kills?"
        r"\btook (?:a|the|my) (?:\w+ )?(?:knife|blade|razor|scissors|box cutter) to (?:my|her|his) "
        r"(?:thighs?|arms?|wrists?|legs?|skin|stomach|belly|chest|face|hips?)\b",
        rf"\b(?:take|taking|swallow\w*|{MEDICINES})\b.{{0,80}}\b(?:till|until) (?:i|she|he|they) "
        r"stops? breathing\b",
        r"\bhow (?:much|many) (?:\S+ ){0,3}(?:kills?|would kill)(?: (?:you|a person|someone|me))?"
        r"(?= ?[.!?,]| ?$| and\b)",
        rf"\b{INTENT} (?:just )?let {SELF} die\b",
        r"\b(?:do not|don't|dont|no longer|doesn't|dont really|no|not) (?:\w+ )?(?:want|wanna|"
        r"wish) (?:to )?(?:live|be alive|stay alive)\b",
        # "I'm worried I will hurt myself lifting her" is about an injury.
        rf"(?<!worried i )(?<!worried that i )\b{INTENT} (?:hurt|hurting|harm|harming|cut|cutting|"
        rf"burn|burning|starve|poison) {SELF}",
        r"\b(?:been|keep|started|start|was|am|i'm|im|stop) (?:\w+ )?(?:cutting|hurting|harming"
        r"|burning) "
        rf"{SELF}", rf"\bcut {SELF} (?:again|on purpose)\b",
        # someone else: "my daughter is cutting herself", "she cuts herself" (not "a slice", "out")
        rf"\b(?:is|are|were|still|keeps) (?:\w+ )?(?:cutting|harming|burning) {SELF}"
        rf"(?! (?:a|an|some|out|off|up|down)\b)",
        rf"\b(?:cuts|burns|harms) {SELF}(?! (?:a|an|some|out|off|up|down)\b)",
        rf"\b(?:hang|hanging|drown|drowning|shoot|shooting|overdose on|overdosing on) {SELF}",
        rf"\b(?:use|turn|point|pointing|aim) (?:it|the gun|a gun|the knife) on {SELF}",
        r"\b(?<!slipped and )(?<!slipped & )(?<!accidentally )"
        r"(?:cutting|cut|slit|slitting|slash\w*|slic\w*|carv\w*)(?: into)? (?:my|both|her|his|"
        r"their) (?:arms?|wrists?|thighs?|legs?|skin|stomach|throat)\b(?! (?:on|by accident|"
        r"accidentally|while|cooking|shaving|with a knife while|(?:open )?(?:on|with) (?:a|the|"
        r"my) (?:chainsaw|saw|mower|axe|machete|mandoline|box cutter|hedge trimmers?|strimmer|"
        r"trimmer|grinder)))",
        r"\b(?:burn|burning|burned|burnt|hit|hitting|hurt|hurting|scratch\w*|cut(?! (?:out|back|"
        r"down|off)\b)|cutting|punch\w*|bang\w*|bit|bite|biting|starv\w*) (?:\w+ ){0,6}on purpose"
        r"\b",
        r"\b(?:took|taking|take|swallow\w*|mix\w*|drank|drink\w*|put on|applied) (?:[\w']+ ){0,8}"
        r"on purpose\b", r"\b(?:taken|swallowed) (?:\S+ ){0,12}on purpose\b",
        r"\bhow long (?:does it|would it|will it|till|until|before) (?:\w+ ){0,2}(?:to )?die\b",
        r"\b(?:going to|gonna|about to|ready to|want to|wanna) jump\b(?! (?:in|into|on|rope|start|"
        r"back))",
        rf"\b(?:{MEDICINES}) (?:are |all )?(?:lined up|counted out|saved up|ready to go)\b"
        r"(?! in (?:my|the|a) (?:weekly |daily )?(?:organi[sz]er|pill ?box|dosette))",
        rf"\b(?:have|got) (?:the |my |all my )?(?:{MEDICINES}) (?:\w+ ){{0,1}}(?:lined up|"
        r"counted out|ready)\b",
        r"\b(?:planning|planned|plan|picked|chose|chosen|set) (?:my|the) (?:death|suicide|exit)\b",
        rf"\b(?:burn\w*|cutting|cut|scratch\w*|slic\w*|carv\w*) (?:my|her|his|{SELF}) "
        rf"(?:\w+ ){{0,2}}with "
        r"(?:a |my )?(?:lighter|cigarettes?|"
        r"knife|razor|blade|scissors)",
        r"\b(?:till|until) (?:it|they|i|my \w+) bleeds?\b",
        r"\btonight'?s the night\b(?!\W*(?:i|we) (?:finally|tell|try)\b)",
        r"\b(?<!it's )(?<!its )(?<!it is )not coming back\b",
        rf"\b(?:{MEDICINES}) (?:\S+ ){{0,8}}(?:and|with) a bottle of (?:vodka|wine|whiske?y|gin"
        r"|rum|"
        r"alcohol|booze)\b", r"\bhow (?:much|many) (?:\w+ ){0,5}(?:would|will|could) do it\b",
        r"\b(?<!jump )(?<!jumping )(?<!skipping )(?<!skip )(?<!end of my )(?<!end of the )"
        r"(?<!end of her )(?<!end of his )rope'?s?\b"
        r"(?! (?:pulley|swing|ladder|lights?|course|bridge|toy|exercises?)\b| for (?:the |my )?"
        r"(?:tomato\w*|plants?|garden|boat|tent|clothesline|tire swing|climbing)\b)",
        r"\bforgive me for what i'?m (?:about|going) to do\b",
        r"\b(?:standing|sitting|stood|sat) on (?:the|a) (?:bridge|ledge|roof|edge|railing|cliff)"
        r"(?! of (?:the|my|a) (?:bed|chair|sofa|couch|seat)\b| (?:deck|terrace|garden|bar|patio|"
        r"club)\b)",
        r"\b(?:won'?t|wont|will not|not|never) survive\b",
        rf"\bwhat (?:amount|dose|quantity) (?:\w+ ){{0,5}}(?:would kill|is (?:(?:{CERTAINLY}) )?"
        rf"(?:lethal|fatal){NOT_ABOUT_A_PET}|to die|"
        r"(?:would|does) it take to (?:die|kill|end|not wake|never wake|od|overdose))\b",
        r"\bhow (?:many|much|high|far) (?:\w+ ){0,5}(?:would it take|does it take|it would take|"
        r"it'?d take|would kill|"
        r"is lethal|is fatal|to die|to not wake|to never wake|to not survive)",
        r"\b(?:drive|driving|crash|crashing|steer|swerve) (?:\w+ ){0,2}into (?:a|the|on\w*) "
        r"(?:tree|wall|truck|river|lake|traffic|bridge)", r"\blooks? like an accident\b",
        rf"\b{INTENT} (?:\w+ ){{0,2}}(?:overdose|od)\b", r"\btake an overdose\b",
        r"\b(?:lethal|fatal|deadly) (?:doses?|amounts?|overdoses?)\b", r"\b(?:ld ?50|ldso)\b",
        r"\bhow many (?:\w+ ){0,3}(?:to|would|it take to|does it take to) (?:die|kill|end)\b",
        r"\b(?:jump|jumping) (?:off|from|in front of|out of) (?:a|the|my) (?:\w+ )?"
        r"(?:bridge|overpass|building|roof|train|balcony|cliff|window|ledge|car|truck|garage|floor|"
        r"stor(?:e)?y)\b",
        r"\b(?:bought|got|have|loaded) (?:a|the|my) (?:gun|rope|noose)\b(?! (?:safe|lock|"
        r"cabinet)\b)",
        r"\b(?:not|never) (?:going to|gonna) be (?:here|around|alive) (?:tomorrow|much longer|"
        r"by|after)", r"\bmy (?:suicide|goodbye) (?:note|letter)\b",
        r"\b(?:last|final) (?:message|night|day) (?:alive|on earth)\b",
        r"\bctb\b", r"\bsewer ?slide\b", r"\bself[ -]?delet\w*",
        r"\b(?:hit|hitting|bang\w*|slam\w*|punch\w*|beat\w*) (?:my )?(?:own )?(?:head|legs?|arms?|"
        r"face|thighs?|stomach) (?:\w+ ){0,4}(?:until|till|til)\b",
        r"\b(?:hit|hitting) (?:my )?head (?:\w+ )?against (?:the |a )?wall\b",
        r"\b(?:keep|been|started) hitting (?:my )?head (?:\w+ )?(?:on|into) (?:the |a )?wall\b",
        r"\b(?:bang\w*|slam\w*) (?:my )?head (?:\w+ )?(?:against|into|on) (?:the |a )?wall\b",
        r"\b(?:till|until|til) (?:it|they|i|my \w+) (?:was |were )?(?:raw|bled|bleeding|bruises?|"
        r"bruised)\b",
        # From the development narratives (2026-11-26): self-harm and plans said plainly.
        # "i cut myself on my stomach", not "on a can", "shaving", "some slack" or "off".
        rf"\b(?:cut|cutting|burned|burnt|sliced) {SELF}(?! (?:shaving|cooking|chopping|slicing|"
        r"opening|making|ironing|baking|by accident|accidentally|while|when|badly|slightly|"
        r"some|a|an|off|out|on (?:a|an|the|some|glass|paper)\b))",
        r"\b(?:drive|driving|drove|steer\w*|crash\w*) (?:\w+ ){0,3}off (?:a|the) (?:bridge|cliff|"
        r"overpass|pier|motorway|freeway)\b",
        r"\b(?:came|come|went|here|up) (?:\w+ )?to jump\b(?! (?:in|into|on|rope|start|back)\b)",
        rf"\bput {SELF} to sleep (?:for good|forever|permanently)\b",
        r"\band (?:just )?(?:step|jump) off\b(?! (?:the|a) (?:bus|train|tram|curb|kerb|scales?|"
        r"treadmill|bike|ladder|stage)\b)",
        r"\b(?:a|the|my) plan (?:now |already )?and (?:a|the) (?:date|time|means|method)\b",
        rf"\b(?:{INTENT}|plans to|planned to) take (?:them|it|the \w+|my \w+) "
        r"all\b(?! (?:to|back|in|with|off|out)\b)",
        r"\b(?:take|taking|swallow) (?:them|it|the \w+|my \w+) all at once\b"
        r"(?! (?:in the|every|each|or split|or spread|or divide)\b)",
        r"\b(?:knife|blade|razor|pin|glass|scissors) (?:across|into|along|over) (?:my|her|his) "
        r"(?:\w+ )?(?:skin|arms?|forearms?|wrists?|legs?|thighs?)\b",
        r"\bcarv\w* (?:\w+ ){0,3}(?:in|into|on) (?:my|her|his) (?:\w+ )?(?:arms?|forearms?|skin|"
        r"legs?|thighs?|wrists?|stomach|belly|hips?)\b",
        r"\bburn\w* (?:my|her|his) (?:\w+ ){0,2}with (?:the |a |my )?(?:lighter|cigarettes?|"
        r"matches|iron|curling iron)\b",
        r"\b(?<!long )enough (?:\w+ )?to (?:not wake|never wake|die|kill (?:me|myself)|end it|"
        r"end (?:my|"
        r"this) life|make it happen|do it|do the job)\b",
        # (not "my boss is going to kill me if i call out again")
        rf"\b{NOT_AFTER_A_PERSON}(?:would|will|could|does|do|is|are) "
        r"(?:(?:\w+ ){0,8}(?:be lethal|be fatal|be painless)|"
        r"(?:\w+ ){1,8}(?<!trying to )kill (?:you|me|someone|a person))\b",
        r"\bwhat happens if (?:you|i|someone|a person) (?:\w+ )?takes? (?:all|a whole|the whole|"
        r"every)\b",
        rf"\b{INTENT} (?:\w+ ){{0,2}}take (?:all|every one|every|the whole|a whole|"
        rf"whole) (?:\S+ ){{0,5}}"
        rf"(?:{MEDICINES})\b",
        # "i'm taking the whole bottle tonight anyway", "taking all of it sunday"
        rf"\btak\w* (?:\w+ ){{0,2}}(?:all (?:of )?(?:them|it|my \w+|the \w+|his \w+|"
        rf"her \w+)|the "
        rf"(?:whole|entire) (?:bottle|pack|box|lot|supply))(?: \w+){{0,3}} "
        rf"(?:at once|together|at the same time|tonight|tomorrow|(?:on )?(?:{WEEKDAYS}))\b"
        rf"{NOT_A_ROUTINE}",
        r"\b(?:go to sleep|sleep) and (?:just )?(?:be dead|die|never wake up)\b",
        r"\bpockets? full of (?:rocks|stones)\b",
        r"\b(?:hope|wish|pray) (?:that )?i (?:just )?(?:die|died|drop dead)\b",
        r"\b(?:going|go|drive|driving|walk\w*|head\w*) to (?:the )?(?:bridge|(?:train |railway |"
        r"railroad )?tracks|cliff|overpass|roof)\b(?! (?:club|game|night|party|tournament)\b)",
        r"\b(?:if|unless|until) i end it\b",
        # self-harm shorthand: "relapsed on sh", "s/h urges" ("/" reads as a space)
        r"\brelaps\w* (?:on|with|into|back into) (?:sh|s h)\b",
        r"\b(?:sh|s h) (?:urges?|relapse\w*|again)\b",
        r"\bhow (?:long|fast|quickly) (?:\w+ ){0,4}to bleed (?:out|to death)\b",
        # a goodbye note: "by the time u read this im gone"
        r"\bby the time (?:you|u|anyone|someone|they) (?:read|reads|see|sees|find|finds) this\b",
        rf"\b(?:{WEEKDAYS}|tonight|tomorrow) is the (?:day|night)\b",
        r"\bcheck(?:ing)? out (?:early|for good|permanently)\b",
        rf"\bstockpil\w* (?:\w+ ){{0,3}}(?:{MEDICINES}) (?:\w+ ){{0,3}}(?:in case|for when|"
        r"for the day)\b",
        r"\bthis is my last (?:message|post|goodbye)\b",
        rf"\b(?:save|saved|saving|stockpil\w*|hoard\w*|guardadas?|guardando) (?:\w+ ){{0,3}}"
        rf"(?:{MEDICINES}) "
        r"(?:\w+ ){0,2}(?:for|since|de) (?:\w+ )?(?:months?|weeks?|meses|semanas)\b",
        r"\bend (?:the|my|all the) suffering\b",
        r"\b(?:join|be with) (?:my )?(?:husband|wife|mom|mother|dad|father|son|daughter|him|her|"
        r"them) (?:now|soon|in heaven|again|by|before)\b",
        r"\bmak(?:e|ing) (?:it|this|the pain) (?:all )?stop (?:permanently|for good|forever)\b",
        r"\bfastest way\b",
        r"\bgo to (?:him|her|god|heaven|them) myself\b",
        r"\b(?:razor|knife|blade|gun|rope|noose)(?:'s| is| are)? (?:out|in my hand|ready|loaded)\b",
        r"\b(?:parked|sat|sitting|stood|standing|lay|lying) on the (?:train |railway )?tracks\b",
        r"\bfinish what i started\b", r"\b(?:when (?:they|you|someone)|whoever) finds? me\b",
        r"\b(?:keep|been|started|still) cutting\b(?! (?:back|down|out|the|my hair|coupons|carbs|"
        r"sugar))",
        r"\bshook (?:my|the|our) baby\b", r"\bscared i'?ll (?:hurt|do worse|harm)\b",
        r"\b(?:take|taking|took) the easy way\b", r"\btied (?:the|a) (?:knot|noose)\b",
        r"\bstood on (?:the|a) chair\b", r"\bcan (?:you|i|someone|a person) die (?:from|of|if)\b",
        r"\bcut (?:your|my|a|his|her) wrists?\b(?! (?:\w+ ){0,2}(?:by accident|accidentally|"
        r"on (?:a|the|some|broken)))",
        r"\b(?:nails|fingers) into (?:my )?(?:arms|skin|legs)\b",
        r"\bslam (?:my )?(?:fingers|hand|head)\b",
        r"\bplastic bag\b.{0,60}\b(?:tape|over my head)\b",
        r"\b(?:thinking (?:of|about)|planning|plan to|going to|gonna|want to|wanna) (?:kill|"
        r"killing|hurt|hurting|shoot|shooting|stab|stabbing|poison|poisoning) (?:my |the |"
        r"that )?(?:boss|neighbou?r|husband|wife|mother in law|mother|father|ex|coworker|"
        r"doctor)\b(?!'s\b)",
        r"\b(?:gun|rifle|knife) (?:\w+ ){0,4}make (?:him|her|them) stop\b",
        # Methods and goodbyes no rule knew (blind development batch of 2026-11-26, third session).
        r"\b(?:take|bring|drop|throw|put|taking|bringing|dropping) (?:the |a |my )?(?:hair ?dryer|"
        r"toaster|radio) (?:in|into)\b",
        r"\b(?:hair ?dryer|toaster) (?:in|into) (?:the|my) (?:bath|tub)\b",
        r"\bhose\b.{0,40}\bexhaust\b", r"\bexhaust\b.{0,40}\bhose\b",
        r"\b(?:people|ppl|you|u) (?:don'?t|dont|never) come back from\b",
        r"\b(?:step|walk|jump|lie down|lay down|throw (?:my|him|her)self) in front of (?:a|the) "
        r"(?:train|bus|truck|lorry|car|traffic|tube)\b",
        r"\b(?:hit|hitting|punch\w*|slap\w*) (?:my|her|his) own (?:face|head|legs?|arms?|body|"
        r"stomach)\b",
        r"\bi'?ll be (?:gone|dead) (?:before|by)\b",
        r"\bif (?:you'?re|you are|u r|ur|anyone'?s|anyone is) reading this\W*"
        r"(?:it'?s|i'?m|i am|i'?ve) "
        r"(?:already )?(?:done|gone|dead|done it)\b",
        r"\b(?:drink|swallow|take|drinking|swallowing) (?:the |some |that )?(?:\w+ )?"
        r"(?:poison|bleach|"
        r"antifreeze|weed ?killer|pesticide|rat poison)\b",
        rf"\b(?:{ALCOHOL}) and (?:the rest of|all) (?:the |my )?(?:{MEDICINES})\b",
        r"\b(?:ain'?t|aint|won'?t|wont) (?:going to |gonna )?be (?:here|around|alive) (?:tomorrow|"
        r"tmrw|tmr|by (?:morning|tonight|then)|much longer)\b",
        r"\b(?<!doctor's )(?<!doctors )(?<!sick )(?<!fit )note(?:'s| is) (?:written|done|ready)\b",
        # someone else's goodbye, then silence: "texted me goodbye and now his phone is off"
        r"\b(?:goodbye|good bye|love you|sorry for everything|note|letter)\b.{0,150}\b(?:phone is "
        r"(?:off|dead)|(?:not|isn'?t|won'?t|wont|isnt) (?:answering|picking up|answer|pick up))\b",
        # Seventh round's development batches (2026-11-27).
        r"\b(?:i'?m|i am) ending it\b(?! (?:with|for)\b)",
        r"\b(?:tap|tapping|check|checking|bow|bowing|opt|opting) out (?:of|from) (?:life|this life|"
        r"this world|existence|living)\b",
        r"\bthis is how i'?m (?:choosing to |going to |gonna )?go\W*$",
        r"\bhow i'?m choosing to go\b",
        r"\b(?:taking|swallowing|downing) (?:them|em|these) all (?:now|tonight)\b",
        r"\b(?:gun|sidearm|pistol|rifle|revolver|handgun|glock|shotgun)\b.{0,60}\bnot for "
        r"(?:protection|hunting|safety|self defen[cs]e|the range)\b",
        r"\baim(?:ing|s)? (?:\w+ ){0,2}at (?:a|the) (?:semi|truck|lorry|tree|wall|bridge|pillar|"
        r"train)\b",
        # A long post's plan (2026-11-27): "I know exactly where I'd stop the car and which side
        # I'd go over", "I don't want anyone to talk me out of it", "it won't be long now, I've
        # seen to it".
        r"\b(?:know|figured out|picked) (?:exactly )?(?:where|which \w+|"
        r"how) i'?d (?:stop the car|go over|"
        r"jump|do it|park)\b",
        r"\b(?:don'?t|do not) want (?:anyone|anybody|you|them) to (?:talk|stop) me\b",
        r"\bi'?ve seen to it\b", r"\b(?:would|will|could) (?:i|they|he|she|someone|a person) die\b",
        # "called me slurring and said she took care of it and that she loves me"
        r"\b(?:took care of it|did it|done it)\b.{0,40}\bloves? (?:me|you|us)\b",
        # The seventh round's last blind batch (2026-11-27): preparation and means said sideways.
        r"\b(?:will|papers|info|letters?|envelope|instructions)\b.{0,40}\b(?:for after|need (?:it|"
        r"them) after)\b",
        r"\bheights? of (?:\w+ ){0,2}(?:parking garages?|bridges?|buildings?|overpass\w*)\b",
        r"\b(?:that'?s|that is) (?:kind of |sort of |kinda )?the plan\b",
        r"\bhoping (?:i|to) (?:won'?t|don'?t|never|not) come back up\b",
        r"\bhoping for the big one\b", r"\bghosting (?:life|this life|the world)\b",
        r"\b(?:good|strong|sturdy|right) (?:branch|beam|rafter)\b.{0,60}\b(?:looking at|staring at|"
        r"strong enough|hold (?:me|my weight)|been eyeing)\b",
        r"\bwalk\w* (?:out )?into (?:the )?traffic\b", r"\bno more tomorrows\b",
        r"\b(?:not|never) (?:planning|going|gonna) to come (?:home|back) (?:this time|again|"
        r"ever)\b",
        r"\bso (?:that )?(?:i|she|he|they) (?:can|could|will|would) (?:finally )?(?:just )?(?:die\b"
        r"(?! (?:of|from|laughing|happy))|sleep forever|never wake up|not wake up)",
        r"\b(?:veins?|arter(?:y|ies)) to (?:cut|slice|slit|open)\b",
        r"\b(?:gun|revolver|pistol|rifle)\b.{0,80}\bknow how to use it\b",
        r"\b(?:walk|walking|wade|wading) (?:in|into) (?:\w+ ){0,6}(?:and )?(?:not|never) "
        r"(?:walk|come) (?:out|back)\b",
        # The eighth round's blind batch (2026-11-27): preparation said sideways ("blocked my
        # therapist's number, don't want to be talked out of saturday", "made sure the mortgage
        # insurance covers it", "won't be alive by the end of the month", "not for pain").
        r"\b(?:don'?t|do not|dont) want (?:to be|being) talked out of\b",
        r"\b(?:rent|bills?|payments?|mortgage) (?:\w+ ){0,5}(?:for )?(?:a|one|two|three|\w+) "
        r"(?:weeks?|months?) after(?: ?[.!]|$)",
        r"\b(?:take care of|look after) (?!yourself|urself|you\b)(?:\w+ ){0,2}\w+\W{0,3}i'?m "
        r"(?:so )?sorry\b",
        r"\bmade sure (?:the |my )?(?:\w+ )?(?:life )?insurance (?:still )?"
        r"(?:covers (?:it|suicide)|pays out)\b",
        r"\bif i do it (?:at|in|on) (?:the|a|my) (?:motel|hotel|woods|garage|lake|river|barn|car|"
        r"bridge|tracks)\b",
        r"\b(?:don'?t|do not|dont) want (?:a|my|the|any) (?:kid|kids|child|children|son|daughter|"
        r"grandkids?) to (?:be the one to )?find me\b(?! (?:\w+ ){0,2}(?:crying|like this|in pain|"
        r"upset|sad|on the floor|in bed))",
        r"\benough\b.{0,60}\b(?:it'?s |they'?re )?not for (?:the |my )?pain\b",
        r"\bwho to (?:email|text|call|notify|tell|message) (?:\w+ ){0,2}before i go(?: ?[.!,]|$)",
        r"\b(?:found|find|get found|recover\w*) (?:\S+ ){0,4}in the water with (?:you|me)\b",
        rf"\b(?:{INTENT}) (?:take|swallow|down) (?:all|the rest|every|the whole)\b (?:of )?"
        rf"(?:\S+ ){{0,6}}(?:{MEDICINES}) (?:\S+ ){{0,8}}with (?:the |some |a )?(?:{ALCOHOL})\b",
        r"\b(?:don'?t|won'?t|wont|dont) feel anything if (?:you|i) take\b",
        r"\b(?:won'?t|will not|wont|not going to|not gonna) be alive (?:by|after|at|for|past|on|"
        r"next|in)\b(?! the time\b)",
        r"\b(?:helium|nitrogen)\b.{0,80}\bknow what i'?m doing\b",
        r"\b(?:found|picked|chose|chosen) the (?:bridge|building|tree|overpass|cliff|"
        r"garage) i (?:want|plan|am going|'?m going|intend) to (?:use|jump)\b",
        r"\b(?:writing|wrote|finished|finishing) (?:my|the|a) (?:last |final |goodbye |suicide )?"
        r"note (?:now|tonight|today)\b(?! (?:\w+ ){0,2}(?:for|to) )",
        r"\b(?:cuts?|cutting|slashes|slashing) (?:\w+ ){0,2}on my (?:arms?|wrists?|legs?|thighs?|"
        r"stomach) (?:right )?now\b",
        r"\b(?:press\w*|dig\w*|push\w*) (?:the |a |my )?(?:blade|razor|knife) (?:\w+ ){0,2}"
        r"(?:harder|deeper|in)\b",
        r"\b(?:tonight|today|tomorrow|tonite|tmrw|2nite) i (?:finally )?end it\b",
        # The eighth round's last blind batch: methods named in questions, long posts.
        r"\b(?:stopped|stopping|quit|not) eating\b.{0,80}\buntil (?:my body|my heart|i) (?:quits|"
        r"gives up|gives out|stops|shuts down|die)\b",
        r"\b(?:pills|meds|tablets) (?:she|he|they|i)'?(?:s|ve|re)? been (?:collecting|saving|"
        r"hoarding|stockpiling)\b",
        r"\b(?:she'?s|he'?s|they'?re|i'?m) taking (?:them|all of them|em) (?:all )?(?:after|when|"
        r"tonight)\b",
        r"\b(?:i|he|she|they) (?:just )?cut (?:too )?deep\b",
        r"\bhow (?:many days|long) (?:\S+ ){0,4}until (?:it'?s over|i die|my heart stops|"
        r"it ends)\b",
        r"\bhow (?:many|much|long) (?:\S+ ){0,8}(?:stop (?:someone'?s|my|your|a person'?s|the) "
        r"(?:breathing|heart)|before (?:your|my|the|a) heart stops)\b",
        r"\bcarbon monoxide\b.{0,60}\b(?:hurt|sleepy|painless|how long|peaceful)\b",
        r"\bso (?:that )?my heart (?:gives out|will give out|stops|will stop)\b",
        r"\b(?:generator|grill|charcoal|bbq)\b.{0,40}\bin the (?:bedroom|bathroom|car|closet)\b",
        # The tenth round's blind batch: medicines stopped to die, a rehearsal, a gun made ready.
        r"\b(?:stopped|stopping|quit|quitting|not taking) (?:\S+ ){0,3}(?:insulin|blood thinners?|"
        r"heart \w+|anti ?rejection \w+|dialysis|bp \w+|blood pressure \w+|seizure \w+|"
        r"transplant \w+|eating|drinking) (?:\S+ ){0,3}on purpose\b",
        r"\bi want (?:the|a|another) (?:stroke|heart attack|clot|infection|seizure) to (?:come|"
        r"happen|hit|take me|get me|finish me)\b",
        r"\b(?:will|would|could) (?:it|that|this|they|those) (?:\w+ )?stop my heart\b",
        r"\b(?:know|sure) (?:it'?ll|it will|it would|that it'?ll) work before i "
        r"(?:try|do it|take)\b",
        r"\b(?:take|took|swallow|swallowed) (?:all|the whole|my whole|my entire|the entire) "
        r"(?:\S+ ){0,8}(?:will|would|is|be) (?:that|it|this|those|they) (?:be )?enough\b",
        r"\b(?:trial|practice|dry|test) run\b.{0,60}\b(?:belt|rope|noose|cord|hang\w*|pills|bridge|"
        r"gun|car|hose)\b",
        r"\b(?:belt|rope|noose|cord)\b.{0,60}\b(?:trial|practice|dry|test) run\b",
        r"\b(?:round|bullet) (?:is )?(?:chambered|in the chamber)\b",
        r"\b(?:gun|pistol|revolver|rifle|shotgun|glock|\.? ?45|9 ?mm) (?:\w+ ){0,2}(?:next to me|"
        r"beside me|in my lap|on my lap|in my hand|in my mouth|to my head|under my chin)\b",
        r"\bdrive (?:\w+ ){0,2}(?:into|off) (?:a|the) (?:canal|river|lake|wall|tree|ocean|sea|"
        r"quarry|cliff|bridge|overpass|pier|bay)\b",
        r"\bi'?m doing it (?:either way|anyway|regardless|no matter what)\b",
        r"\b(?:worked out|figured out|calculated) how (?:many|much) (?:i|i'?ll|i would|"
        r"i'?d) need\b",
        rf"\b(?:counted|saved|saving|collected|collecting|stockpiled|stockpiling|hoarded|hoarding) "
        rf"(?:them|my (?:\w+ )?(?:{MEDICINES})|the (?:\w+ )?(?:{MEDICINES}))\b.{{0,80}}\benough\b"
        rf"{NOT_A_SUPPLY}",
        r"\bwant my heart to (?:just )?(?:give out|give up|stop|quit)\b",
        r"\b(?:branch|beam|rafter|hook|pipe|banister|bannister) (?:\w+ ){0,3}(?:is )?"
        r"(?:strong enough|"
        r"(?:will )?hold my weight|take my weight)\b", r"\btested it with my weight\b",
        r"\bpracti[cs](?:ed|ing) (?:tying )?the (?:knot|noose)\b.{0,60}\bfor real\b",
        r"\bchickened out\b.{0,40}\b(?:tomorrow|next time|tonight) i won'?t\b",
        r"\b(?:trains?|freight|express)\b.{0,80}\btimed (?:it|them)\b",
        r"\b(?:got|have) it all planned\b.{0,40}\b(?:the time|the place|everything i need)\b",
        r"\b(?:i'?m|im|i am|she'?s|he'?s|they'?re) (?:going to do|gonna do|gona do|doing|"
        rf"doin'?) it (?:tonight|2nite|tonite|tomorrow|tmrw|this weekend|now|(?:on )?(?:{WEEKDAYS}|"
        r"mon|tue|wed|thu|fri|sat|sun))\b",
        rf"\b(?:on )?(?:{WEEKDAYS}|tonight|tomorrow),? i'?m (?:going to|gonna) do it\b",
        rf"\bi'?ll do it (?:{WEEKDAYS})\b",
        rf"\b(?:i'?ve|i have) decided\W{{1,3}}(?:on )?(?:{WEEKDAYS}|tonight|tomorrow)\b",
        r"\bthat'?s when (?:i'?m (?:doing|going to do|gonna do)|i'?ll do|i will do) it\b",
        r"\bclimb\w* (?:over |onto |on )?the (?:railing|barrier|ledge|parapet|guard ?rail)\b",
        r"\bgarage\b.{0,60}\bengine (?:running|on)\b",
        r"\bengine (?:running|on)\b.{0,60}\bgarage\b",
        r"\b(?:more|most|less|least) painless\b",
        r"\bfinish (?:my|his|her) (?:own )?life\b", r"\bstones in my (?:bag|pockets?|coat)\b",
        r"\b(?:pills|tablets|meds) are (?:already )?(?:in my hand|in my mouth|in me|ready|lined up|"
        r"counted out|in front of me|beside me)\b",
        r"\bgoing to use (?:it|them) when (?:the house is empty|everyone'?s? (?:asleep|gone|out)|"
        r"no one'?s home|(?:he|she|they) (?:leaves?|goes))\b",
        r"\b(?:belt|rope|cord|noose) is (?:on|over|around|tied to) the (?:closet door|door|beam|"
        r"banister|bannister|rafters?|hook)\b",
        r"\b(?:stockpil\w*|hoarding) (?:it|them)\b.{0,60}\b(?:know exactly|"
        r"what i'?m going to do)\b",
        r"\b(?:take|taking) every (?:\w+ )?(?:pill|tablet|med\w*) in the house\b",
        r"\b(?:aim|aiming) (?:\w+ ){0,2}for (?:the|a) (?:\w+ )?(?:pillar|pole|wall|tree|bridge|"
        r"overpass|truck|abutment)\b",
        r"\b(?:cord|rope|belt|noose|wire|cable|scarf) (?:is )?(?:around|round) my neck\b",
        r"\bhow high (?:\S+ ){0,7}(?:to be sure|to die|to not survive)\b",
        r"\b(?:floor|storey|story|building|roof|deck|balcony)\b.{0,20}\bhigh enough\b",
        r"\bwhich (?:vein|artery) (?:do|should|would|to) (?:you |i )?cut\b",
        r"\b(?:is|does|would|will) (?:drowning|hanging|jumping|bleeding out|overdosing|an overdose|"
        r"suffocating|freezing to death) (?:\w+ )?(?:painful|quick|fast|peaceful|painless|hurt)\b",
        r"\b(?:knife|blade|razor) (?:to|against|on) my (?:wrist|arm|throat|neck|skin)\b",
        r"\b(?:pesticide|weed ?killer|herbicide|paraquat|antifreeze|poison)\b.{0,40}\bfor "
        r"(?:myself|me)\b",
        r"\b(?:suicide|two[ -]year|2[ -]year) clause\b",
        r"\bon the (?:train |railway |rail )?tracks\b.{0,60}\b(?:loves?|goodbye|bye|sorry)\b",
        r"\bleft a note\b.{0,80}\b(?:gun|pills|rope|pistol|rifle)\b",
        r"\bwhere (?:\w+ ){0,2}keeps? the (?:gun|guns|ammo|pistol|rifle|key to the gun)\b",
        r"\b(?:enough|much|many) (?:\S+ ){0,3}(?:for|to make) (?:the|my) (?:liver|heart|kidneys?) "
        r"(?:to )?(?:stop|fail|give out|shut down)\b",
        rf"\bwhat amount of (?:\w+ ){{0,2}}(?:{MEDICINES}) (?:\w+ ){{0,2}}(?:destroys?|kills?"
        r"|stops?|"
        r"would kill)\b", r"\bget it right this time\b",
        r"\b(?:in the bath|in the tub)\b.{0,20}\bwith (?:the|a) (?:knife|razor|blade)\b",
        r"\bgun\b.{0,40}\bparked at\b", r"\bparked at\b.{0,40}\bgun\b",
        r"\b(?:extension cord|rope|cord|belt)\b.{0,30}\b(?:up in|in) the (?:loft|attic|rafters)\b",
        r"\b(?:i'?m|im) cutting (?:rn|right now)\b(?! (?:\w+ ){0,3}(?:onions?|vegetables?|veg|meat|"
        r"hair|coupons|fabric|paper|wood|carbs|sugar|the))",
        r"\b(?:rifle|gun|pistol|shotgun)'?s? (?:is )?(?:by|beside|next to) (?:the|my) (?:chair|"
        r"bed)\b",
        r"\b(?:trains?|tracks|bridge|railway|cliff|roof)\b.{0,80}\bexact spot\b",
        r"\bdon'?t tell me to call (?:someone|anyone|988|a hotline|the hotline)\b",
        r"\b(?:water|river|lake|reservoir|dam|sea|quarry)\b.{0,40}\bdeep enough\b",
        r"\b(?:she|he) cut (?:herself|himself)\b(?! (?:\w+ ){0,2}(?:shaving|cooking|on|by accident|"
        r"accidentally|while|with a (?:kitchen|bread) knife))",
        r"\bsee you (?:all )?on the other side\b.{0,60}\b(?:pills|gun|rope)\b",
        r"\bheart\b.{0,80}\blet it stop\b",
        r"\b(?:pistol|gun|rifle|shotgun|revolver)\b.{0,40}\bloaded (?:it|him) (?:tonight|today|now|"
        r"last night)\b",
        r"\b(?:take|get|grab) (?:\w+ )?(?:\w+'?s? )?(?:gun|pistol|rifle|shotgun) (?:from|"
        r"out of) the (?:safe|cabinet|closet|drawer)\b",
        r"\bstanding (?:at|on) (?:the )?(?:top|edge) of (?:the|a) (?:parking (?:deck|garage)|"
        r"car park|building|bridge|cliff|roof)\b",
        r"\bthe drop is (?:enough|high enough|big enough)\b",
        r"\b(?:taking|take) them all (?:\w+ ){0,2}(?:tonight|tomorrow|night|weekend|when|after|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        r"\bgoing to take them (?:all )?(?:the (?:weekend|night|day)|when (?:he|she|they|"
        r"everyone))\b",
        r"\b(?:don'?t|dont|do not) want (?:her|him|them|my \w+|anyone|"
        r"the kids) to be the one (?:to find|who finds|that finds) me\b",
        r"\bdecided (?:that )?i (?:will|am going to|'?ll) (?:go|walk|jump|drive)\b.{0,40}\b"
        r"(?:river|sea|"
        r"lake|ocean|weir|bridge|cliff|tracks|water)\b",
        r"\bkeep (?:going|swimming|walking) until i can'?t (?:anymore|any more)\b",
        r"\b(?:od|overdose|overdosing)\b.{0,80}\btaking (?:mine|them|it) tonight\b",
        r"\b(?:hidden|hiding)\b.{0,60}\btaking them (?:tonight|tomorrow)\b",
        r"\bsee (?:my \w+|him|her) again by (?:morning|tonight|tomorrow)\b",
        r"\bit'?s decided\b.{0,120}\b(?:have|got) what i need\b",
        r"\b(?:which|what) is (?:more|most) (?:certain|reliable|sure)\b",
        r"\benough to (?:finish it|end it|end things|not wake up|never wake up)\b",
        # lethality asked as curiosity: "if I jumped from the Skyway bridge what are the odds I'd
        # survive", "does a Remington 870 do it instantly", "how many feet ... to be certain"
        r"\b(?:jump\w*|fell|falling|gun|pistol|rifle|shotgun|remington|glock|bridge|overpass|"
        r"garage|tracks|hang\w*|drown\w*)\b.{0,120}\b(?:odds|chances?)\b.{0,30}"
        r"\b(?:survive|surviving)\b",
        r"\b(?:odds|chances?)\b.{0,30}\b(?:survive|surviving)\b.{0,120}\b(?:jump\w*|gun|bridge|"
        r"overpass|garage|tracks|hang\w*|drown\w*)\b",
        r"\b(?:do it|kill (?:you|me|someone|a person)|be over) instantly\b(?=.{0,40}\bsurviv)",
        r"\bis there a chance (?:you|i|someone|a person|they) (?:survives?|would survive|"
        r"could survive)\b",
        r"\bhow many (?:feet|floors|stories|storeys|meters|metres)\b[^.?]{0,40}\b(?:fall|jump|"
        r"drop)\b.{0,40}\b(?:certain|for sure|sure|fatal|die|survive|deadly|lethal|kill)\b",
        r"\b(?:closed|shut) garage\b.{0,40}\b(?:car|engine) (?:running|on)\b",
        r"\b(?:car|engine) (?:running|on)\b.{0,40}\b(?:closed|shut) garage\b",
        r"\bhow (?:many|much)\b.{0,80}\b(?:shut down|destroy|fry|wreck) (?:my|the|your|someone'?s|"
        r"a person'?s) (?:liver|kidneys?|heart)\b",
        r"\b(?:dose|amount|how (?:many|much))\b.{0,60}\bwould stop (?:someone|a person|me|you|"
        r"somebody|my|your)(?:'s)? (?:\w+ )?(?:breathing|heart)\b",
        r"\b(?:what|which) (?:dose|amount|quantity)\b.{0,60}\b(?:stops?|stopping) "
        r"(?:(?:someone|a person|me|you|somebody|my|your)(?:'s)? )?(?:\w+ )?(?:breathing|heart)\b"
        r"(?! (?:racing|pounding|palpitations|fluttering|rate|from|properly|in)\b)",
        r"\bhow (?:many|much)\b.{0,80}\b(?:would|will|to) cause (?:a )?(?:fatal|lethal|deadly)\b",
        rf"\b(?:all|whole|entire|\d{{2,}}|fifteen|twenty|thirty|forty|fifty)\b (?:\S+ ){{0,3}}"
        rf"(?:{MEDICINES}|pills|tablets|bottle|box)\b.{{0,60}}\b(?:do it|do the job) or\b",
        r"\boverdos\w*\b.{0,80}\b(?:hide|hiding) it\b",
        r"\bhow long (?:i'?d|i would|would i|i'?ll|do i) (?:have to|need to) hide\b",
        r"\bfinger on the trigger\b(?! points?\b| (?:of|on) (?:the|a|my) (?:spray|nail|glue|drill|"
        r"hose)\b)",
        r"\b(?:saving|saved|hoarding|hoarded|stash\w*|stockpil\w*|collecting|"
        rf"collected) (?:\S+ ){{0,3}}(?:{MEDICINES}|pills|tablets|meds|them)\b.{{0,120}}"
        rf"\benough for (?:{WEEKDAYS}|tonight|tomorrow|this weekend)\b",
        r"\b(?:pills|ones|meds|tablets) (?:\S+ ){0,3}(?:saving|saved|hoarding|stash\w*|stockpil\w*|"
        rf"collecting)\b.{{0,120}}\benough for (?:{WEEKDAYS}|tonight|tomorrow|this weekend)\b",
        r"\b(?:early refill|refill|the pills|my stash|the bottle)\b.{0,60}\b(?:it'?s|they'?re|"
        rf"that'?s) for (?:{WEEKDAYS})\b(?! (?:pick ?up|pickup|collection|delivery|appointment|"
        r"morning|night)\b)",
        r"\b(?:final|last) drive\b.{0,80}\b(?:oak|tree|wall|cliff|overpass|pillar|quarry)\b",
        r"\blast \w+(?: \w+)? ?, (?:one )?last \w+(?: \w+)? ?,? (?:and )?then (?:the|into the) "
        r"(?:lake|river|tracks|ocean|sea|cliffs?|overpass|quarry|bridge|rope|gun)\b",
        r"\b(?:bottle'?s|bottle is) (?:open|opened)\b.{0,80}\b(?:bye|goodbye|farewell|love you)\b",
        r"\bglass of water (?:poured|ready)\b.{0,80}\b(?:bye|goodbye)\b",
        # a means or an act said sideways: "take them so she can go to sleep and not wake up",
        # "does insulin show up in an autopsy", "which of my meds would be the quickest"
        r"\btake (?:them|it|all (?:of )?(?:them|\w+ \w+)|the lot|everything)\b.{0,40}"
        r"\b(?:not|never) wake up\b",
        r"\b(?:show up|detected|detectable|found|traced?) (?:in|on|at|during|by) (?:an |the |a )?"
        r"(?:autopsy|post ?mortem|tox(?:icology)? screen)\b",
        r"\b(?:quickest|fastest|most painless|least painful|surest)\b.{0,60}\b(?:took|take|"
        r"taking) (?:all|every)\b",
        r"\b(?:took|take|taking) (?:all|every)\b.{0,60}\b(?:quickest|fastest|most painless|"
        r"least painful|surest)\b",
        r"\ball drawn up in (?:the|a|my) syringe\b", r"\bi know how much it takes\b",
        rf"\b\d{{2,}} (?:\w+ ){{0,2}}(?:{MEDICINES}|pills|tablets)\b (?:\w+ ){{0,3}}(?:emptied|"
        r"poured|tipped) (?:out )?(?:onto|on|across)\b",
        r"\bj'?ai (?:pris|avale) (?:toute|tous|toutes) (?:la|les|mes) (?:\w+ )?(?:boite|boites|"
        r"pilules|comprimes|cachets|medicaments|flacon)\b",
        r"\blife insurance\b.{0,150}\b(?:as of today|since today|clause is (?:over|up)|(?:two|2) "
        r"years (?:is|are) up|been (?:two|2) years)\b",
        r"\bthe day i (?:end it|end (?:it all|things|my life)|do it|finish (?:it|this))\b",
        r"\bend (?:it|things|my life) with (?:my |his |her |the |a )?(?:\w+ ){0,3}(?:rifle|gun|"
        r"pistol|shotgun|pills|rope|belt|knife|morphine|insulin)\b",
        r"\b(?:decided|picked|chosen|chose|set)\b.{0,30}\b(?:is|as|will be) my last day\b(?! (?:at|"
        r"of|in|on|off|with)\b)(?!.{0,40}\b(?:work|job|office|shift|company|school|notice|"
        r"retire\w*|quit\w*)\b)",
        rf"\b(?:set aside|put aside|hidden|hid) (?:the |my |his |her |all )?(?:\S+ ){{0,6}}"
        rf"(?:morphine|pills|oxy\w*|insulin|{MEDICINES})\b.{{0,50}}\bfor it\b",
        r"\b(?:putting|put|pull|pulling|tie|tying) (?:a|the) (?:plastic )?bag over my head\b",
        r"\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to) (?:\w+ )?(?:step|stepping|jump|jumping|"
        r"throw myself|throwing myself) (?:out )?in front of (?:it|a|an|the)\b",
        r"\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to) (?:\w+ )?(?:walk|walking) (?:out )?in "
        r"front of (?:a|the) (?:\w+ )?(?:bus|train|truck|lorry|car|semi|traffic|tram)\b",
        r"\b(?:overpass|bridge|railing|ledge|roof|balcony|cliff)\b.{0,80}\b(?:ready to|about to|"
        r"going to|gonna) (?:climb|step|jump) over\b",
        rf"\b(?:i'?ll|i will|gonna|going to|plan to|about to) (?:swallow|down) (?:the|a|my|that) "
        rf"(?:whole |entire )?bottle of (?:\w+ )?(?:{MEDICINES}|pills)\b",
        r"\b(?:i'?ll|i will|gonna|going to|plan to|about to) drink (?:the|my|that) (?:whole |"
        r"entire )?bottle of (?:liquid )?(?:morphine|methadone|oxycodone|codeine|cough syrup)\b",
        r"\boverdose on\b.{0,80}\bhow (?:many|much) (?:it takes|it would take|would it take)\b",
        # lethality asked outright: "how many muscle relaxers plus alcohol is deadly", "which is
        # faster pills or hanging", "need it to work first time"
        r"\bhow (?:many|much) (?:\S+ ){0,6}(?:is|are|would be) (?:deadly|lethal|fatal)\b",
        r"\bhow (?:many|much)\b.{0,60}\bheart stop\b",
        r"\b(?:which|what)(?:'s| is| would be)? (?:faster|quicker|quickest|fastest|more painless|"
        r"less painful|surer|more certain)\b.{0,40}\b(?:hanging|overdose|gun|jumping|drowning|"
        r"bridge|the garage|car running|train|insulin)\b",
        r"\bwhich (?:would|will|one would) (?:stop my (?:breathing|heart)|kill me|end it)\b",
        r"\b(?:take the lot|take them all|overdose|pills)\b.{0,80}\bwant it (?:to be )?final\b",
        r"\b(?:how many|whole bottle|pills|overdose)\b.{0,80}\bneed it to work (?:the )?first time"
        r"\b",
        r"\b(?:lethal|fatal|deadly|stop (?:my|someone'?s) breathing)\b.{0,60}\bi weigh\b",
        rf"\b\d+ ?(?:grams?|g) of (?:{MEDICINES})\b.{{0,40}}\benough\b.{{0,30}}\bi weigh\b",
        r"\bwhich (?:level|floor|storey|story|side)\b.{0,40}\bno (?:netting|barriers?|railings?|"
        r"fence|nets)\b",
        rf"\b(?:i'?m|im|i am) taking all (?:the|my) (?:\w+ )?(?:{MEDICINES}|pills|tablets|meds|"
        r"oxy\w*) (?:i'?ve been|i have been) (?:hoarding|saving|stockpiling|collecting)\b",
        r"\bthe hose and (?:the )?(?:duct )?tape\b.{0,40}\b(?:car|trunk|boot|exhaust|garage|"
        r"window)\b", r"\bhose (?:to|into|on) the exhaust\b",
        # From the sixth round's blind batches (2026-11-27): self-harm just done, means in
        # place, lethality asked by amount or height.
        r"\bjust cut(?: again| myself)?(?! (?:my|myself (?:shaving|cooking|chopping|on|with|"
        r"opening)|shaving|on)\b)\W+(?:(?:and|i'?m|it'?s|still|so) ){0,2}(?:bleed\w*|blood)\b",
        r"\b(?:lying|laying|lie|lay) (?:down )?(?:in|on|across) the (?:middle of the )?"
        r"(?:road|motorway|highway|freeway|interstate|train tracks|railway)\b"
        r"(?! (?:verge|side|trip|works|traffic|for|after)\b)"
        r"(?!.{0,40}\b(?:traffic|jam|queue|stuck|hours|ages|fell|slipped|hit by)\b)",
        r"\bice\b(?! (?:packs?|baths?|cubes?|cream))(?!.{0,30}\b(?:path|pavement|sidewalk|"
        r"driveway|steps|road)\b).{0,60}\b(?:thin|cracking|cracked)\b.{0,60}\b(?:i'?m|i am) "
        r"(?:walking|going|heading|standing)\b",
        r"\b(?:jump\w*|fall|falls|falling) (?:off |from )(?:\w+ ){0,3}(?:\d+|a few|five|six|seven|"
        r"eight|"
        r"ten|twenty) (?:storeys|stories|floors|feet|metres|meters)\b.{0,60}\b(?:die|dead|"
        r"survive|kill|certain|for sure)\b",
        rf"\bis (?:[2-9]\d|twenty|thirty|forty|fifty) (?!mg\b|mcg\b|milligrams?\b)"
        rf"(?:\w+ )?(?:{MEDICINES}) enough\b(?! (?:for|to last|until|till|to get|to cover|"
        r"to help|to stop|to ease|to treat|to manage)\b)",
        r"\b(?:make sure|so) (?:it|this) (?:goes right|is done right) this time\b",
        r"\bserotonin (?:syndrome|thing|storm)\b(?: \S+){0,3} (?:is |that'?s )?(?:what i'?m "
        r"(?:going|aiming|trying) for|what i want)\b",
        # (the next batch: short messages as texted)
        r"\b(?:final|eternal|forever|permanent) (?:nap|sleep|snooze)\b"
        r"(?! (?:of|before|after|study|studies|test|clinic|appointment|problems?|issues?|"
        r"debt|deprivation|disorder|schedule|is at|at)\b)"
        r".{0,30}\b(?:loading|"
        r"scheduled|booked|planned|tonight|at \d|for \d|pills|is set|set for)\b",
        r"\b(?:just|i|i've|ive|i have|i did|did) (?:\w+ )?sh'(?:d|ed)\b",
        r"\b(?:relapsed|relapse) (?:on|with|into) sh\b",
        r"\b(?<!like )(?<!like a )(?<!as if )(?<!as if a )(?<!put a )(?:(?:gun|pistol|rifle) "
        r"(?:to|against|in)|(?:knife|blade) (?:to|against)) (?:his|her|their|my) (?:head|mouth|"
        r"temple|chest|throat|neck)\b",
        r"\b(?<!sleep )(?<!nap )attempt (?:# ?|no ?|number )?(?:2|two|3|three|4|four)\b(?! at\b)"
        r".{0,20}\b(?:happening|tonight|"
        r"now|rn|today|starting|in progress)\b",
        # (the next batch: many voices, asked "for a client" or "for a friend")
        r"\b(?:most reliable|surest|sure|quickest|fastest|easiest|best|most painless|painless|"
        r"certain|cleanest) (?:way|method) to (?:end it(?! with\b)|die(?! (?:my|your|her|his|the|"
        r"it)\b)|kill (?:myself|yourself|oneself)|"
        r"end (?:my|your|one'?s) life|od|overdose)\b",
        r"\b(?:make|makes|making) sure (?:you|i|someone|they) (?:don'?t|do not|won'?t|never|"
        r"doesn'?t) wake up(?: again| ever| tomorrow)?(?= ?[.!?,]| ?$| and\b)",
        rf"\b(?:{MEDICINES}|pills|overdos\w*|od|hanging|drowning|jumping) (?:(?:is|are|would be|"
        r"isn'?t) )?(?:a |the )?(?:bad|worst|quick|quicker|quickest|painless|peaceful) way to go"
        r"\b(?! (?:for|than|with|about|if|on)\b)",
        r"\bleast painful (?:way|method)s? to (?:go|die)\b"
        r"(?! (?:to|for|about|with|home|back|out)\b)",
        # From the thirteenth round's blind batches (2026-11-27): lethality asked as a comparison,
        # a threshold or a count, or with the wish for it said outright.
        rf"\b(?:which|what)(?:'?s| is| would be| one is| one would be)? (?:the )?(?:(?:more|most) "
        rf"(?:lethal|deadly|fatal)|deadlier|deadliest)\b(?! (?:mistake|part|thing|idea)\b)"
        rf"{NOT_ABOUT_A_PET}[^?.]{{0,60}}\b"
        rf"(?:{MEDICINES}|pills|tablets|overdose|bleach|antifreeze|poison)\b",
        rf"\bwhich (?:of (?:my|the|these|those) )?(?:{MEDICINES}|pills|tablets|meds) "
        r"(?:\S+ ){0,3}"
        rf"(?:is|are|would be) (?:the )?(?:more|most) (?:lethal|deadly|fatal)\b(?! than\b)"
        rf"{NOT_ABOUT_A_PET}",
        rf"\bat what point (?:does|do|would|will|is|are) (?:\S+ ){{0,3}}(?:{MEDICINES}|pills|"
        r"tablets|doses?) (?:\S+ ){0,2}(?:deadly|lethal|fatal)\b",
        rf"\bat what (?:dose|amount|number of (?:\S+ )?(?:pills|tablets)) (?:\S+ ){{0,5}}(?:deadly|"
        rf"lethal|fatal)\b{NOT_ABOUT_A_PET}",
        rf"\bis (?:[2-9]\d|\d{{3}}|twenty|thirty|forty|fifty|sixty|a hundred) (?:\w+ )?"
        rf"(?:{MEDICINES}|pills|tablets) (?:\w+ )?(?:fatal|lethal|deadly)\b",
        rf"\b(?:{LETHAL_OUTCOME})\b.{{0,80}}\b(?:{LETHAL_WISH})",
        rf"\btake enough(?: of (?:them|it|my (?:\w+ )?(?:{MEDICINES}|pills|tablets|meds))| "
        rf"(?:{MEDICINES}|pills|tablets|meds))? (?:that|so) (?:they|no one|nobody|the doctors?|"
        r"doctors|the paramedics|paramedics|anyone|the hospital) "
        r"(?:can'?t|cannot|won'?t|couldn'?t) (?:fix|save|reverse|pump|bring)\b",
        rf"\bwhich (?:of )?(?:\w+ )?(?:{MEDICINES}|pills|tablets) (?:would|will|could) kill "
        r"(?:me|you|someone|a person)\b",
        r"\b(?:nobody|no one|noone) (?:will|would|could|can|is going to|gonna) find me in time"
        r"\b(?! for\b)",
        r"\bso (?:they|no one|nobody|the paramedics) (?:can'?t|cannot|won'?t|couldn'?t) (?:bring|"
        r"get) me back\b",
        rf"\b(?:took|taken|swallowed|had) (?:\S+ ){{0,6}}(?:{MEDICINES}|pills)\b.{{0,80}}\bi know "
        r"(?:exactly )?what i(?:'?m| am)? (?:did|do|doing|done|have done)\b(?! wrong\b)",
        r"\b(?:pills|overdose|od)\b.{0,150}\b(?:any chance|a chance|chances) (?:that )?(?:they|"
        r"someone|anyone|somebody)(?:'?d| would| could| will)? (?:\w+ )?(?:save|find|revive) "
        r"(?:you|me|them)\b",
        # The fourteenth round's blind batches (2026-11-27): self-harm just done, a place to
        # drive to, lethality asked by the amount that would do it.
        r"\b(?:cut|sliced|slashed|carved) (?:up )?(?:my|both) (?:fore)?(?:arms?|wrists?|thighs?|"
        r"legs?) (?:\w+ )?(?:again|on purpose|deep(?:er)?)\b",
        r"\b(?:slashed|carved) (?:up )?(?:my|both) (?:fore)?(?:arms?|wrists?|thighs?|legs?|"
        r"stomach)\b",
        r"\bcut (?:up )?(?:my|both) (?:fore)?(?:arms?|wrists?|thighs?|legs?|stomach) with "
        r"(?:a|the|my) (?:\w+ )?(?:box ?cutter|razor|razor blade|blade|x-?acto)\b",
        r"\bbottom of (?:the|a) (?:quarry|river|lake|reservoir|gorge|canyon|ravine)\b.{0,60}\b"
        r"(?:driving|heading|going|walking|on my way)\b",
        r"\b(?:amount|dose|number|how (?:much|many))\b.{0,60}\b(?:would|will|to) make (?:my|your|"
        r"someone'?s|a person'?s) (?:breathing|heart) stop\b",
        rf"(?:{MEDICINES}|{ALCOHOL})\b.{{0,60}}\b(?:would|will|could) (?:that|this) do it\b"
        r"(?! for\b)",
        r"\benough (?:that |so |for )?(?:i|me) (?:won'?t|wont|will not|don'?t|dont|to not|never) "
        r"(?:come back|wake up|wake|survive)\b",
        # the sixteenth round: "taken enough of her sleepers to see dad again", a compass stabbed
        # into the thigh, pills to "make it quicker", at the overpass right now, the place and the
        # hour, "planned it for my bday", how much to stop breathing, "before it killed them"
        rf"\benough (?:of )?(?:\S+ )?(?:{MEDICINES}|sleepers)\b (?:\S+ ){{0,2}}to (?:see|join|be "
        r"with|go to|meet)\b",
        r"\b(?:stab|stabbing|stabbed|carve|carving|carved|gouge|gouging|gouged|slash|slashing|"
        r"slashed) (?:at )?(?:my|her|his) (?:own )?(?:thighs?|arms?|wrists?|legs?|skin|stomach|"
        r"belly|hands?|hips?) (?:with|until|till|again)\b",
        rf"\b(?:{MEDICINES})\b.{{0,80}}\bmake (?:it|this|things|everything) (?:go )?(?:quicker|"
        r"faster|painless|more painless|surer|more certain)\b(?! to (?:work|kick))",
        r"\b(?:i'?m|im|i am) (?:standing|sitting|stood|sat|up|out|parked) (?:on|at|by) (?:the )?"
        r"(?:edge of (?:the )?)?(?:overpass|bridge|ledge|roof(?:top)?|tracks|train tracks|"
        r"railway|cliffs?)\b(?! club| deck| terrace| garden| bar| patio)"
        r"(?=.{0,60}\b(?:right now|this is it|tonight|ready|goodbye|bye)\b)",
        r"\b(?<!playing )(?:overpass|bridge|cliffs?|tracks|ledge|rooftop)\b(?! club| game| "
        r"tournament| lessons?| partner| night)[^?]{0,60}\bgoing (?:there |out )?(?:at (?:midnight|"
        r"dawn|\d{1,2}(?: ?[ap]m)?)|tonight|tn)\b",
        r"^\W*(?:i'?ve |ive |i have |i )?(?:planned|scheduled|picked|set) it for (?:my |the |"
        rf"this |next |tonight|tomorrow|{WEEKDAYS})",
        r"\bhow (?:much|many) (?:\S+ ){0,6}to (?:not wake up|never wake up|die|be fatal|stop "
        r"breathing)\b",
        r"\b(?:most|much|many) (?:\S+ ){0,6}before (?:it|they) (?:would |could |will )?"
        r"(?:kills?|killed|be fatal|stops? (?:your|my|the|their|a person'?s) heart)\b",
        # a bag over the head, a rope hung up "in the barn", "just need to get the nerve", a night
        # settled on, all the stored meds, "asking cause i'm about to", words typed without spaces
        r"\b(?:plastic )?bag over (?:her|his|my|their|your) (?:own )?head\b",
        r"\bhung (?:it|the rope|a rope|the noose|a noose|the belt|the cord) (?:up )?(?:in|from|on) "
        r"the (?:barn|garage|shed|basement|attic|closet|loft|beam|rafters|stairs|tree)\b",
        r"\b(?:get|work up|find|build up|muster|got) (?:up )?the (?:nerve|courage|guts)"
        r"(?= ?[.!,]| ?$| to do it| to go through)",
        r"\b(?:i'?ve |i have |i )?(?:settled on|decided on) (?:that|the|a) (?:night|day|date|"
        r"weekend)\b(?! for\b)",
        rf"\btake (?:all|every one of|the rest of) (?:my |the )?(?:stored|saved|stockpiled|hoarded|"
        rf"stashed|hidden|saved up) (?:\w+ )?(?:{MEDICINES})\b",
        r"\b(?:asking|because|cause|cuz|coz|bc) (?:i'?m|im) (?:about to|gonna|going to|fixing to)"
        r"(?= ?[.!?,]| ?$)",
        r"(?:killmy ?self|endmylife|endingmylife|wanttodie|wannadie|wishiwasdead|takemyownlife|"
        r"takemylife)",
        # the eleventh round: "sitting in the bath with my husband's razor blades and i'm going to
        # use them"; "saving the old 300s and i plan on taking every one of them tomorrow"
        r"\b(?:razors?|razor ?blades?|blades?|knife|knives)\b.{0,60}\b(?:going to|gonna|about "
        r"to|will) use (?:it|them)\b",
        r"\bplan (?:on|to) (?:taking|take|swallow\w*) (?:every (?:single )?one|the (?:whole )?lot|"
        r"all of them|them all)\b(?! (?:with|on|to|when|while|at once or)\b)",
        # "the plan: stop eating, then take the naltrexone and pregabalin together on my birthday"
        r"\b(?:the|my) plan :.{0,80}\b(?:take|swallow|pills?|meds?|jump|hang|overdose)\b.{0,60}"
        r"\b(?:birthday|tonight|tomorrow|\d+ days left)\b",
        # someone else's intent in these words had no rule ("my dad keeps saying hes gonna end
        # his life" was left to the learned line)
        r"\b(?:going to|gonna|wants? to|wanting to|will|'ll|about to|threaten\w* to|talk\w* "
        r"about|plans? to|planning to|trying to|tried to) (?:\w+ ){0,2}(?:end|take|ending|taking) "
        r"(?:his|her|their) (?:own )?life\b",
        # "locked herself in the bathroom with a knife": the means at hand, behind a door (the
        # emergency's "she's not responding" that follows must not make it 911 only)
        r"\blocked (?:herself|himself|themselves|myself) in (?:the |a |her |his |my |their )?"
        r"(?:\w+ )?(?:bathroom|room|bedroom|car|garage|shed|toilet)\b.{0,20}\bwith (?:a |the |"
        r"all (?:of )?(?:his |her |my |their )?|(?:his|her|my|their) )?(?:knife|knives|razors?|"
        r"blades?|gun|rope|pills|meds|tablets|oxy\w*)\b",
    ],
    EMERGENCY: [
        r"\bchest (?:is )?(?:in )?pain\b",
        r"\bchest (?:is |feels )?(?:really |so |very )?(?:tight|crushing|heavy|crushed)\b",
        r"\bchest (?:pains?|hurts?|hurting|is (?:tight|hurting|crushing|heavy|burning)|"
        r"tightness|pressure|feels (?:tight|heavy|crushed|like)|is killing me|squeez\w*|ache)",
        r"\b(?:pain|pressure|tightness|squeezing|crushing|heaviness|weight)(?: \w+){0,2} (?:in|on) "
        r"(?:the (?:middle|centre|center|left side) of )?(?:my|his|her|the) chest\b",
        r"\b(?:double vision|seeing double)\b",
        r"\b(?:spread\w*|going|goes|radiat\w*|shoot\w*|moving) (?:\w+ ){0,2}(?:down|into) "
        r"(?:my|his|her) left arm\b",
        r"\b(?:tight|crushing|heavy) chest\b",
        # "i'd welcome a heart attack" is a wish to die (warning), not an emergency; "i nearly had a
        # heart attack when i saw the bill" is a figure of speech.
        r"\b(?<!welcome a )(?<!wish for a )(?<!hope for a )(?<!pray for a )(?<!nearly had a )"
        r"(?<!almost had a )(?<!give me a )(?<!gave me a )heart attack\b",
        r"\b(?:can ?not|can't|cant|cannot|unable to|couldn't|could not) (?:\w+ )?(?:breathe?|"
        r"breath|brathe|get (?:my|a) breath|catch (?:my|a) breath)\b",
        r"\b(?:trouble|difficulty|hard|struggling|struggle|problems?) (?:to )?(?:breathe?|"
        r"breathing|breath)\b", r"\bshort(?:ness)? of breath\b", r"\bgasping\b",
        r"\b(?:not|isn't|isnt|stopped) breathing\b",
        # "i stop breathing in my sleep" is sleep apnoea, asked about, not an emergency now.
        r"\bstop breathing\b(?! (?:\w+ )?(?:at night|in my sleep|while i(?:'?m)? (?:sleep|asleep)|"
        r"when i(?:'?m)? (?:sleep|asleep)))",
        r"\bbreathing'?s? (?:is |feels |sounds )?(?:very |really |so )?(?:weird|strange|slow|"
        r"shallow|funny|off|wrong)\b",
        r"\bcan (?:barely|hardly|not|'?t) (?:keep my eyes open|stay awake)\b", r"\bepi ?pen\b",
        r"\b(?:won'?t|wont|will not) stay awake\b",
        # Someone else who does not wake (a warning sign when said of oneself).
        r"\b(?<!hopes )(?<!hope )(?<!wishes )(?<!if )(?:he|she|they|my (?!meds|pills|tablets|"
        r"medicines?)\w+) (?:(?!hopes?\b|hoped\b|wish\w*\b|wants?\b)\w+ ){0,3}(?<!and )(?:not|"
        r"won'?t|wont|isn'?t|doesn'?t|didn'?t|will not|can'?t|cannot) (?:wake|waking|waken) up\b",
        r"\bcan'?t (?:wake|rouse) (?:him|her|them|my \w+)\b",
        r"\b(?:suddenly|all of a sudden) (?:very |so |really )?confused\b",
        r"\bconfused (?:all of a sudden|suddenly|out of nowhere)\b",
        r"\btalk\w* (?:gibberish|nonsense)\b",
        r"\bcan'?t feel (?:one side|the (?:left|right) side|half) of\b",
        r"\b(?:sudden\w* )?loss of (?:vision|sight)\b",
        r"\bsudden(?:ly)? (?:\w+ ){0,3}(?:blind|can'?t see)\b",
        r"\bseizing\b", r"\bfoaming at the mouth\b",
        r"\b(?:throat|tongue|tung|lips?|face|mouth) (?:\w+ ){0,3}(?:closing|swell\w*|swolen"
        r"|swollen|"
        r"huge|thick|tight(?:ening)?|big|puffy|puffing)\b", r"\banaphyla\w*",
        r"\bcan'?t (?:swallow|swalow)\b(?! (?:\w+ )?(?:pills?|tablets?|capsules?|them|"
        r"it) (?:\w+ )?(?:well|whole)\b| the big ones\b| big (?:pills|tablets|ones)\b)",
        r"\blips? (?:are |is |turning |turned |going |look |looks |looking )?(?:blue|grey|gray)\b",
        r"\b(?<!give me a )(?<!gives me a )stroke\b(?! of (?:luck|genius|midnight|the pen|fate)|"
        r" in (?:dogs?|cats?|pets?"
        r"|horses?))", r"\bface (?:is |looks )?(?:droop\w*|drooping|lopsided|numb)",
        r"\b(?:mouth|smile|face) (?:\w+ ){0,2}(?:crooked|droop\w*|lopsided|uneven)",
        r"\b(?:arm|leg|side|face) (?:\w+ ){0,2}no feeling\b",
        r"\bshak\w* (?:all over|uncontrollabl\w*)\b(?: \w+){0,4} (?:won'?t|wont|doesn'?t|not) stop",
        r"\bslurr\w*", r"\b(?:one side|left side|right side) (?:of (?:my|his|her) "
        r"(?:body|face) )?(?:is |went |feels |has gone |gone )?(?:numb|weak|dead|paralyzed)",
        r"\bnumb on one side\b",
        r"\bsudden(?:ly)? (?:\w+ ){0,4}(?:numb|weak|can'?t (?:speak|talk|see|move|lift))",
        r"\bcan'?t (?:speak|talk) (?:properly|right|clearly|straight)\b",
        r"\b(?:left|right) (?:arm|leg|side) (?:is |went |feels )?(?:suddenly )?(?:weak|numb|limp"
        r"|dead)\b", r"\bcan'?t (?:feel|move|lift) (?:my|his|her) (?:left |right )?"
        r"(?:arm|legs?|face|side)\b",
        r"\bfluid (?:\w+ ){0,3}(?:out of|from) (?:his|her|my|their) (?:ear|nose)\b",
        r"\bmuscles? (?:\w+ ){0,2}jerking on (?:their|its) own\b",
        r"\b(?:feel|feels|felt|feeling) like (?:i'?m|im|i am|she'?s|he'?s) (?:going to|"
        r"gonna) die\b",
        r"\b(?:she|he|they|baby|i) (?:\w+ )?(?:turned|turning|went|going) blue\b",
        r"\b(?:car accident|car crash|crashed)\b.{0,30}\b(?:bleeding|can'?t move|trapped)\b",
        r"\b(?:severe|bad|serious|having an?) allergic reaction\b",
        r"\blos[st] (?:of )?consciousness\b",
        r"\bno pulse\b", r"\bcan'?t find (?:a|his|her|their) pulse\b",
        r"\basthma attack\b", r"\binhaler (?:isn'?t|not|doesn'?t|isnt) (?:helping|working)\b",
        r"\bskin (?:is )?(?:peeling|coming) off\b",
        r"\bboiling (?:water|oil)\b.{0,60}\b(?:skin|blister\w*)\b",
        r"\b(?:left )?arm and jaw\b", r"\bjaw and (?:left )?arm\b",
        r"\b(?:gone|turned) (?:cold|white|pale) ?,? (?:\w+ ?,? )?(?:and )?(?:white|pale|numb|cold|"
        r"blue)\b",
        r"\b(?:belly|tummy|stomach|abdomen)\b.{0,40}\b(?:hard|tight) as a (?:board|rock|balloon|"
        r"drum)\b",
        r"\b(?:throwing up|vomiting|vomited|threw up|puking) (?:\w+ )?(?:green|black|blood|bile|"
        r"coffee grounds?)\b",
        # pregnancy: "the baby hasnt moved all day and I'm bleeding bright red"
        r"\bbaby (?:hasn'?t|hasnt|has not|isn'?t|isnt|stopped|has stopped) (?:been )?(?:moved|"
        r"moving|kicked|kicking)\b", r"\bbleeding bright red\b",
        # speech gone wrong: "the words come out wrong", "saying words but none of them are real"
        r"\bwords? (?:come|comes|coming|came) out (?:all )?(?:wrong|jumbled|garbled|mixed up|"
        r"scrambled)\b", r"\b(?:im|i'?m|she'?s|he'?s|shes|hes|is) saying nonsense\b",
        r"\bwords but none (?:of them )?(?:are real|make sense)\b", r"\blike (?:a )?word salad\b",
        r"\blike (?:being|getting) hit (?:on|in) the (?:back of the )?head\b",
        r"\b(?:lot of|good deal of|so much|pool of|lots of) blood\b"
        r"(?! (?:tests?|work|pressure|sugar|results?|draws?|donations?|type|counts?|orange)\b)",
        r"\bonly respond\w* to pain\b",
        # "so tired i could pass out" is a figure of speech.
        r"\b(?<!could )faint(?:ed|ing)?\b",
        r"\b(?<!could )pass(?:ed|ing|es)? out\b(?! (?:from |with )?laugh\w*)",
        r"\bblack(?:ed|ing)? out\b",
        # "he won't wake up"; "i (just) won't wake up" is a wish, not an emergency (warning).
        # "came home and collapsed on the couch" is a tired evening, not a fall.
        r"\b(?<!home and )collaps\w*\b(?! (?:on|onto|into) (?:the |my )?(?:couch|sofa|bed|chair|"
        r"recliner)\b)", r"\bunconscious\b", r"\bunresponsive\b",
        # "just dropped to the floor and isnt moving", "slumped against the window and isnt
        # answering me"
        r"\b(?:dropped|fell|slumped|keeled over|went down)\b(?: \S+){0,5}\W+(?:and |but |now )?"
        r"(?:(?:he|she|they|he'?s|she'?s|hes|shes) )?(?:is |isn'?t|isnt|is not|not|won'?t|wont|"
        r"can'?t|cant|stopped|hasn'?t) (?:\w+ )?(?:moving|responding|answering|waking|breathing|"
        r"getting up)\b",
        r"\b(?<!\bi )(?<!\bi just )won'?t wake up\b",
        # not a risk read about: "because of seizures", "lower the seizure threshold", "didn't
        # think to mention the seizure"
        r"\b(?<!of )(?<!cause )(?<!causes )(?<!mention the )(?<!mentioned the )seizures?\b"
        r"(?! (?:threshold|risk)\b)",
        r"\bconvuls\w*",
        r"^\W*choking\W*$",
        r"\b(?<!like )(?:is|he'?s|she'?s|hes|shes|i'?m|im|baby'?s|kid'?s) choking\b"
        r"(?! (?:up|back|me|on (?:my|his|her) words|on (?:all )?(?:this|the|that|my) (?:paperwork|"
        r"work|stress|bills|emails))\b)",
        r"\b(?:having|just had) a fit\b(?! (?:about|over|because|when|in the (?:store|shop|"
        r"supermarket))\b)",
        # a sudden headache with a stiff neck and confusion or vomiting (meningitis, a bleed)
        r"\b(?:headaches?|migraines?)\b.{0,100}\bneck(?:'?s| is)? (?:\w+ )?stiff\b.{0,80}"
        r"\b(?:confused|thrown up|throwing up|vomit\w*|fever)\b",
        r"\b(?:worst|sudden(?:ly)? (?:severe|terrible|awful|bad)) headache", r"\bthunderclap\b",
        # "my head just exploded in pain out of nowhere": a sudden headache, not a figure of speech
        r"\bhead\w* (?:\w+ ){0,3}(?:explod\w*|burst\w*)\b.{0,60}\b(?:out of nowhere|suddenly|"
        r"all of a sudden|never (?:had|felt) anything like)",
        r"\b(?:out of nowhere|suddenly|all of a sudden),? (?:\w+ ){0,4}head\w* (?:\w+ ){0,2}"
        r"(?:explod\w*|burst\w*)",
        r"\b(?:coughing|throwing|vomiting|puking) (?:up )?blood\b",
        r"\bbleeding (?:heavily|a lot|badly|won'?t stop|that won'?t stop)\b",
        r"\b(?:call|calling) (?:an )?ambulance\b",
        r"\b(?:threw|throw|throwing|vomit\w*|puk\w*|cough\w*) up (?:\w+ ){0,3}blood\b",
        r"\bvomit\w* (?:\w+ ){0,2}blood\b",
        r"\b(?:vomit\w*|throwing up|puking) (?:\w+ ){0,4}coffee grounds?\b",
        r"\bbody (?:\w+ ){0,2}(?:stiffens?|stiffened|jerk\w*)\b",
        r"\bjerk\w* (?:all over|uncontroll\w*)\b",
        r"\bstiff neck\b.{0,80}\bfever\b", r"\bfever\b.{0,80}\bstiff neck\b",
        r"\brash (?:that )?(?:doesn'?t|does not|won'?t|wont) fade\b", r"\bfloppy\b",
        r"\bcrushing (?:pressure|pain|feeling|weight)\b",
        r"\bheart (?:is |keeps )?(?:racing|pounding|skipping)\b.{0,60}\b(?:dizzy|faint\w*|chest|"
        r"breath\w*|sweat\w*|dying)\b",
        # Seventh round's development batches (2026-11-27).
        r"\b(?:lost|losing|lose) (?:the |my )?(?:vision|sight)\b",
        r"\bspurt\w*", r"\bcan'?t stop (?:the |it )?bleed\w*",
        r"\b(?:vision|sight) (?:\w+ ){0,2}(?:went|gone|going|turned) (?:completely |totally |all )?"
        r"(?:black|dark|grey|gray|blank)\b",
        r"\b(?:started|starts|began) shaking all over\b",
        r"\bstung\b.{0,150}\b(?:swollen|swelling|hives|wheez\w*|puffy)\b",
        r"\b(?:belly|stomach|tummy|abdomen) (?:is |feels )?(?:swollen and hard|hard and swollen|"
        r"rigid)\b",
        r"\b(?:left|right|one) side of (?:my|his|her|the) (?:body|face) (?:\w+ ){0,3}(?:numb|"
        r"weird|weak|tingl\w*|droop\w*|dead)\b",
        r"\beyes (?:rolled|rolling) back (?:in (?:her|his|their) head|and)\b",
        r"\bblood (?:is )?(?:pouring|gushing|soaking through)\b",
        r"\bblood\b.{0,40}\bwon'?t stop\b",
        r"\b(?:left|right) (?:arm|leg) and (?:arm|leg|face) (?:\w+ )?(?:numb|weak|dead)\b",
        r"\bcan'?t get (?:my )?words out\b",
        r"\b(?:now|and) (?:she'?s|he'?s|they'?re) (?:really |very )?hard to wake\b",
        r"\b(?:can only|only able to|can barely|can'?t) take (?:tiny|little|small|short|shallow) "
        r"(?:little )?breaths\b",
        r"\b(?:fell|fall|fallen) down and (?:not|won'?t|doesn'?t|didn'?t) wake up\b",
        r"\b(?:it'?s|it is|blood is|blood'?s) (?:\w+ )?(?:pumping|spurting|gushing)\b",
        # From the sixth round's blind batches (2026-11-27): bleeding that will not stop, in lay
        # words.
        r"\bblood (?:is |was )?(?:pooling|pouring|gushing)\b(?! (?:in|into|to|at) (?:my|your|his|"
        r"her|the) (?:legs?|feet|ankles?|hands?|lower))",
        # A heart attack or breathlessness told by what is seen: "grey and clammy", "a squeezing
        # in the middle of him", "every breath is a fight"
        r"\b(?:is|'s|looks?|looking|went|gone|turned|turning|going) (?:\w+ )?(?:grey|gray|ashen) "
        r"(?:and )?(?:clammy|sweaty|sweating)\b",
        r"\bsqueez\w* (?:\w+ ){0,2}in the (?:middle|center|centre) of (?:him|her|me|my|his)\b",
        r"\bevery breath is (?:a|such a) (?:fight|struggle|battle|effort)\b",
        r"\b(?:can )?only (?:get out|say|manage|speak) (?:a (?:few|couple of)|one|two|three|"
        r"two or three|\d) words\b",
        r"\b(?:soaked|soaking|bled) (?:right )?through (?:\w+ ){0,2}(?:towels?|dish towels?|"
        r"bandages?|tea towels?|gauze)\b(?!.{0,40}\b(?:sweat\w*|water|leak\w*|rain)\b)",
        r"\b(?:blood|bleeding)\b(?! (?:sugar|pressure|tests?|work|levels?|count|gums)\b)"
        r"(?: \w+){0,4} (?:won'?t|will not|doesn'?t|does not|isn'?t) "
        r"(?:slow|slowing|stop|stopping)\b",
        # the sixteenth round: a tongue "getting fat", a nosebleed still gushing after 40 minutes,
        # words all jumbled (not "my words get jumbled when i'm tired")
        r"\b(?:tongue|tung|lips?) (?:\w+ ){0,2}(?:fat|fatter)\b",
        r"\bnose ?bleeds?\b.{0,40}\b(?:gushing|pouring|won'?t stop|not stopping|(?:[2-9]\d|1\d\d) "
        r"?min\w*|(?:an|over an|half an) hour)\b",
        r"\b(?<!if my )(?<!if the )(?<!if )words?\b (?:\w+ ){0,3}(?:all )?jumbled\b"
        r"(?! (?:\w+ ){0,3}(?:when|whenever|if|sometimes|after|on bad days)\b)",
        # someone gone vacant who will not answer: "my wife has gone all vacant and wont answer me"
        # (not "my mind goes blank and i can't talk in meetings")
        r"\b(?<!mind )(?<!brain )(?<!mind)(?<!brain)(?:gone|went|is|'s|staring) "
        r"(?:all |completely |totally |just )?(?:vacant|blank|blankly|glassy|glazed|into space)\b"
        r".{0,60}\b(?:(?:won'?t|wont|isn'?t|isnt|not|can'?t|cant|doesn'?t|doesnt) (?:answer\w*|"
        r"respond\w*|talk\w*|react\w*) (?:me|to me|when i|to (?:her|his) name)|keep saying "
        r"(?:her|his) name)\b",
        # the eleventh round: someone who will not come round ("she's still not waking up
        # properly"; not "i'm not waking up rested"), an elephant on the chest, a crushing
        # weight with a cold sweat ("my jaw and back feel crushed and i'm sweaty")
        r"\b(?:she'?s|he'?s|shes|hes|they'?re|theyre|(?:she|he|baby|it) is|they are|baby'?s) "
        r"(?:still )?(?:not|barely) (?:waking|rousing)\b",
        r"\belephant\b.{0,30}\b(?:on|onto) (?:my |his |her )?(?:chest|me|him|her)\b",
        # (not "crushing it at the gym, sweaty and happy")
        r"\b(?:crush\w*|squeez\w*)\b(?! it(?![\w'])).{0,60}\b(?:sweaty|sweating|clammy|cold sweat|"
        r"drenched in sweat)\b",
        # "she's on the kitchen floor ... eyes rolled back, she's not responding" (not "he's not
        # responding to the new meds" or "to my texts"); "my mom is talking all jumbled"
        r"\b(?:she'?s|he'?s|shes|hes|they'?re|theyre|(?:she|he|baby) is) (?:still |just )?not "
        r"(?:responding|breathing)\b(?! (?:to|well|right|properly|much)\b)",
        r"\b(?:is|'s|are|was|started|keeps?|kept) (?:talking|speaking) (?:all )?(?:jumbled|"
        r"gibberish|slurred)\b",
    ],
    ABUSE: [
        rf"\b{ABUSER} (?:\w+ ){{0,3}}(?:{HARMS}) (?:me|us|my kids|my children)\b",
        rf"\b{ABUSER} (?:\w+ ){{0,2}}(?:will|'ll|is going to|gonna|threatened to|says he'?ll|"
        rf"says she'?ll) (?:kill|hurt|beat) me\b",
        rf"\b{ABUSER} (?:\w+ ){{0,2}}(?:won'?t|doesn'?t|wont|doesnt) let me (?:leave|go out|see|"
        r"have|take|call|use)\b",
        r"\b(?:not|don'?t feel|never feel|no longer) safe (?:at home|in my (?:home|house)|with "
        r"(?:him|her|them|my \w+))\b", r"\bi'?m (?:not safe|in danger)\b",
        rf"\b(?:afraid|scared|terrified) (?:of|to go home to) {ABUSER}\b",
        r"\bdomestic (?:violence|abuse)\b",
        r"\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|home)\b",
    ],
    WARNING: [
        r"\bdisappointed (?:that |when )?i (?:woke up|wake up|did|still wake up|am still here)\b",
        r"\bdisappointed to (?:wake up|still be here|be alive)\b",
        # Withdrawing and isolating (AFSP's warning signs): "haven't left the house in a month",
        # "not eating, not talking to anyone".
        r"\b(?:haven'?t|have not|havent|not) (?:really )?(?:left|been out of|gone out of) (?:the|"
        r"my) (?:house|flat|room|bed|apartment) (?:in|for) (?:a |two |three |several )?(?:weeks?|"
        r"months?)\b",
        r"\bnot (?:eating|sleeping|talking to anyone)\W+ (?:\w+ )?not (?:eating|sleeping|"
        r"talking to anyone)\b",
        r"\b(?:stopped|stop|don'?t|dont|not) (?:talking|speaking|answering) to (?:anyone|"
        r"anybody)\b",
        r"\b(?:i'?m|im|i am|i feel like|feel like) (?:just |such )?(?:a )?dead weight\b",
        r"\b(?:a|such a|just a|nothing but a) drain on (?:the |my |our )?(?:family|everyone|"
        r"everybody|them|him|her|husband|wife|partner|kids|children|parents)\b",
        r"\b(?:no|not much|lost|losing|lose|without|haven'?t got|don'?t have) (?:(?:\w+|"
        r",) ){0,3}(?:the )?(?:will|strength) to (?:keep going|live|go on|carry on|keep living|"
        r"keep fighting)\b",
        r"\b(?:i am|i'm|im|i feel|feel|feeling|i've become|i have become|being|been|is|she's|he's|"
        r"shes|hes|says (?:she|he)'?s?) "
        r"(?:\w+ ){0,3}(?:a |such a |just a |nothing but a )burden\b",
        r"\bburden (?:to|on|for) (?:everyone|everybody|my|them|others|people|him|her)\b",
        r"\bhopeless\w*", r"\b(?:no|lost (?:all )?|without|zero|out of) hope\b",
        r"\bno way out\b", r"\btrapped\b(?! nerve)", r"\bstuck like this forever\b",
        r"\bnothing (?:will|is going to|ever|is ever going to) (?:\w+ )?(?:get|gets|be) better\b",
        r"\b(?:no|what'?s (?:even )?the|whats (?:even )?the|what is (?:even )?the|not much) point"
        r"\b(?! (?:of|in) (?:the|this|that) "
        r"(?:test|appointment|scan|medication|medicine|exercise|stretch\w*)\b)",
        r"\b(?:no|lost (?:my|the)|without a|don'?t have a|dont see a|can'?t find a) (?:reason|"
        r"will|motivation) (?:for me )?to (?:live|go on|keep going|keep living|carry on|"
        r"be here)\b",
        r"\bnothing (?:left )?to live for\b", r"\bnot worth (?:living|it anymore|going on)\b",
        r"\bcan'?t (?:go on|keep going|carry on|keep living|live like this|do this any ?more|"
        r"take (?:it|this|the pain|any more|anymore)|handle (?:it|this|the pain) any ?more|"
        r"bear (?:it|this|the pain) any ?more|cope any ?more)",
        r"\bunbearable\b", r"\b(?:tired|sick|exhausted) of (?:living|being alive|life|"
        r"fighting(?! with)|it all|everything|existing|being here|waking up)\b",
        r"\bgive up on (?:life|everything|living)\b", r"\bgiving up on (?:life|everything)\b",
        r"\b(?<!not )(?<!n't )(?<!never )(?:disappear\w*|vanish\w*|cease to exist|"
        r"stop existing|not exist)\b(?! (?:under|into) (?:my|the|a) (?:blanket|covers|duvet|bed|"
        r"couch|book|show)s?\b)",
        r"\b(?:not|never|don'?t want to|dont wanna|rather not) (?:to )?wake up\b",
        r"\bsleep (?:and|forever and) (?:never|not) wake\b",
        r"\bwish(?:es|ed)? (?:you|he|she|they) (?:was|were|had) (?:never (?:been )?born|dead)\b",
        r"\b(?:manage|cope|do|be|get by) (?:\w+ ){0,2}(?:fine|better|ok|okay) without me\b",
        r"\bwho (?:would|will|'d|even) (?:\w+ )?miss me\b",
        r"\b(?:never|not ever) (?:going to|gonna) get (?:any )?better\b",
        r"\bi feel (?:so |completely |totally |very |really )?(?:alone|isolated)\b",
        r"\b(?:wish|wished) (?:i|i'd) (?:had )?(?:never been born|wasn'?t (?:here|born|alive)|"
        r"didn'?t exist|could (?:just )?(?:sleep forever|go away|not be here))\b",
        r"\b(?:don'?t|do not|dont) (?:want to|wanna) (?:be here|exist|be around|go on|"
        r"keep going)\b", r"\bbetter off without me\b",
        r"\b(?:everyone|everybody|they|family|kids|world) (?:would|will|'d) be better "
        r"(?:off )?without me\b", r"\bno one would (?:miss|notice|care)",
        r"\bnobody would (?:miss|notice|care)",
        r"\b(?:say(?:ing)?|said) (?:my )?goodbyes?\b(?! to (?:my |the |our )?(?:old |last )?(?:job|"
        r"house|home|car|office|career|colleagues|students|team|flat)\b)",
        r"\bthis is (?:probably |likely |maybe |prob )?goodbye\b",
        r"\bgoodbye (?:everyone|forever|world|for good|cruel)\b",
        # The fourteenth round's blind batch of warning signs said sideways: benefits asked about
        # "when someone dies", a countdown hoped short, thanks "in case i don't get the chance",
        # notes left for later, no future imagined, photos deleted.
        r"\b(?:disability|ssdi|ssi|survivor benefits|life insurance)\b.{0,80}\b(?:when|if) "
        r"(?:someone|a person|i|you) (?:on (?:ssdi|ssi|disability) )?dies?\b",
        r"\b(?:when|if) (?:someone|a person|i|you) (?:on (?:ssdi|ssi|disability) )?dies?\b.{0,80}"
        r"\b(?:disability|ssdi|ssi|survivor benefits|life insurance)\b",
        r"\b(?:countdown|days (?:i have )?left)\b.{0,60}\bhop\w* (?:it'?s|its|the number is) "
        r"(?:a )?(?:small|short)\b",
        r"\bin case i (?:don'?t|dont|do not|never) (?:get (?:the|a) chance|see (?:you|them)|"
        r"make it)\b",
        r"\b(?:notes?|letters?)\b.{0,80}\bsomething (?:to remember me|from me) "
        r"(?:by|later|after)\b",
        r"\b(?:stopped|stop|can'?t|cannot) imagin\w* (?:a |any )?(?:next year|future|next week|"
        r"tomorrow)\b",
        r"\basking for a (?:near[- ]?future|future) reason\b",
        r"\bdelet\w* all (?:of )?my (?:photos|pictures|accounts|posts|social media)\b"
        r"(?! (?:\w+ ){0,3}(?:space|storage|backup|cloud|icloud|google|ex)\b)",
        r"\b(?:giving|gave|give|given) (?:\w+ ){0,2}(?:things|stuff|belongings|possessions|"
        r"pets?|cat|dog|jewelry|everything) away\b",
        r"\b(?:giving|gave|give) away (?:all )?(?:my|all my|her|his|all her|all his) (?:things|"
        r"stuff|belongings|possessions|pets?|cat|dog|jewel\w*|everything)\b",
        r"\bgiv\w* (?:away )?my (?:dog|cat|pets?|things|stuff) (?:away|to)\b",
        r"\b(?:look(?:ed|ing)? up|search(?:ed|ing)? (?:for)?|googl\w*|read(?:ing)? about|"
        r"research\w*) (?:\w+ ){0,2}(?:ways|how|methods?) to (?:die|end|kill|not wake)\b",
        r"\b(?:ways|way|methods?) to (?:die|end it)\b", r"\bpainless (?:ways?|death|methods?)\b",
        r"\bwhy bother (?:being|staying) (?:in it|here|alive|around)\b",
        r"\b(?:looked|looking|look|searched|searching|googled|googling) up how (?:many|much)\b",
        r"\b(?:looked|looking|searched|searching|googled|googling) (?:up )?(?:\w+ ){0,2}"
        r"(?:overdose|od|lethal|fatal|deadly) (?:amounts?|doses?|levels?|limits?)\b",
        r"\bno one would (?:even )?(?:miss|notice|care)",
        r"\bnobody would (?:even )?(?:miss|notice|care)",
        r"\bif i (?:just )?(?:was|were|wasn'?t|weren'?t|was not|were not) (?:gone|here|around|"
        r"alive)\b",
        r"\b(?:don'?t|dont|can'?t|cant|do not|doesn'?t|doesnt) (?:really |even )?s(?:ee|ea) (?:a|"
        r"any|the) (?:future|way out|point|reason)",
        r"\bwon'?t be (?:\w+ ){0,5}(?:much longer|for long|around long)\b",
        r"\bmade (?:my )?peace\b",
        r"\bwho (?:gets|will get|should get|can have) my (?:things|stuff|belongings|dog|cat|"
        r"jewel\w*)",
        r"\bfor what'?s left\b", r"\b(?:thank you|thanks) for everything\b.{0,60}\bgoodbye\b",
        r"\bhow (?:many|much) (?:\w+ ){0,5}(?:would be|is|are) (?:dangerous|lethal|fatal|deadly)",
        r"\b(?:given up|giving up|done|stopped|give up) trying\b",
        r"\b(?:i'?m|im|i am|feel|feeling) (?:so |such a |a |completely |just )?(?:worthless"
        r"|useless|"
        r"a failure|a waste)\b", r"\b(?:didn'?t|did not|wouldn'?t|didnt) exist\b",
        r"\btime for me to go\b(?! (?:to|home|back|out))",
        r"\bbetter (?:if )?i (?:am|'m|was|were) not here\b",
        r"\b(?:nobody|no one|noone) (?:needs?|wants?|cares? about) me\b",
        r"\bcan'?t (?:keep doing|go on doing|keep going like) (?:this|it)\b",
        r"\b(?:everything|affairs|things) (?:is |are )?(?:now )?in order\b",
        r"\bif i (?:don'?t|dont|do not|never) wake up\b",
        r"\b(?:can still be helped|beyond help|past helping)\b",
        r"\b(?:kill|shoot) me now\b",
        r"\bthink\w* (?:\w+ )?(?:about|of) (?:death|dying|being dead)\b",
        r"\bstop fighting (?:it|this)\b",
        r"\b(?:wouldn'?t|would not|wouldnt) (?:mind|care|be (?:mad|upset|sad)) if (?:i|a bus|a car"
        r"|a truck|"
        r"something)\b", r"\bif a (?:bus|car|truck|train) (?:hit|hits|ran over) me\b",
        r"\b(?:whether|if) i live or die\b", r"\bwaiting to die\b", r"\bassisted (?:dying|death)\b",
        r"\bhow (?:much )?longer i can (?:keep (?:doing|going)|go on|do this|take)\b",
        r"\b(?:tying|tie|tied) up (?:all )?(?:the |my )?loose ends\b",
        r"\b(?:god|lord|jesus) (?:\w+ ){0,4}(?:take me|call me home|bring me home)\b",
        r"\bcall(?:s|ed)? me home\b", r"\bmeet my maker\b", r"\bmy last message\b",
        r"\b(?:want|wanna|reason) to stick around\b", r"\banother day (?:of )?(?:being )?alive\b",
        r"\b(?:ready to|want to|wanna|gonna|going to) check out\b(?! (?:the|a|an|your|this|that|"
        r"some|my|of))",
        r"\bterminal (?:diagnosis|illness|cancer)\b.{0,40}\b(?:relieved|relief|glad|happy)",
        r"\bnot (?:being|be) (?:here|around|alive) any ?more\b",
        r"\bdone (?:[.,] )?with (?:it all|all of it|everything|life|living)\b",
        r"\b(?:hope|hoping|wish|wishing|pray|praying|rather|want to|wanna|"
        r"prefer to) (?:\w+ ){0,4}(?:not|never|don'?t|dont|won'?t|wont) wake up\b(?! (?:rested|"
        r"refreshed|feeling|tired|with|in pain|stiff|sore))",
        r"\bdon'?t know what i'?(?:ll|m going to|will) do\b",
        r"\bbetter off (?:\w+ ){0,6}(?:without me|than with me|if i)\b",
        r"\b(?:happier|better) (?:\w+ ){0,3}without me\b",
        r"\b(?<!doctor )(?<!dr )(?<!gp )(?:wrote|written|writing|write) (?:\w+ ){0,2}"
        r"(?:letters?|notes?) (?:to|for) "
        r"(?:my(?! (?:future|younger|older) self| (?:senator|congress\w*|representative|insurance|"
        r"landlord|employer|boss|pen ?pals?)\b)|everyone|each)",
        r"\b(?:updated|made|wrote|writing|redid) (?:my|a) will\b",
        r"\bmy (?:own )?funeral\b", r"\b(?:not|isn'?t|isnt|aint|ain'?t) worth living\b",
        rf"\b(?:stockpil\w*|hoard\w*|saving up|stash\w*|putting aside|setting aside|saving|keeping|"
        r"kept|hiding|collecting|counting|counted|save|saved) (?:all )?(?:my )?(?:leftover |old "
        r"|spare )?"
        rf"(?:\w+ ){{0,2}}(?:{MEDICINES})", r"\ba drain on\b",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,3}}(?:been )?(?:saving|saved|stockpil\w*|hoard\w*)\b",
        r"\bwaste of (?:space|oxygen|air|a life)\b", r"\b(?:stop|end)\W+forever\b",
        # "i could sleep forever" is a figure of speech.
        r"\b(?<!could )(?<!could just )sleep forever\b",
        r"\bwhy (?:am i|bother) (?:still )?(?:here|alive|living|trying|going on)\b",
        r"\b(?:pointless|worthless|useless) (?:life|existence)\b", r"\blife is (?:pointless|"
        r"meaningless|not worth)\b", r"\bi'?m (?:so )?done with (?:life|everything|it all)\b",
        r"\b(?:ready|want) to (?:give up|let go)\b(?! (?:the|my|on (?:the|my)|smoking|drinking|"
        r"sugar|"
        r"gluten|edibles|weed|cannabis|coffee|alcohol)\b)",
        r"\bi give up\b(?! on (?:this|that|the|my) (?!life\b|living\b|myself\b)\w+)",
        r"\bjust let go\b",
        r"\b(?:found|finding|find|looking for|look for) (?:\w+ )?homes? for (?:my |all my )?"
        r"(?:cats?|dogs?|"
        r"pets?|birds?|animals)\b",
        r"\bcancel\w* (?:all )?(?:of )?(?:my )?(?:future |upcoming )?appointments\b"
        r"(?! (?:with|at) (?:the|my) (?:old|previous|other|former)\b)",
        r"\bwon'?t be (?:coming|there|around) (?:to |for )?(?:the |my )?next\b",
        r"\btell (?:my \w+|them|him|her|everyone) (?:that )?i love\b",
        r"\b(?:go to sleep|sleep) (?:\w+ ){0,6}not (?:come back|wake)\b", r"\bweight around\b",
        r"\binsurance (?:money|payout|pay out|policy)\b",
        r"\b(?:passwords|bank (?:info|details|accounts?))\b.{0,60}\b(?:envelope|covered|"
        r"in case(?! i'?m (?:ever )?(?:in (?:the )?hospital|admitted|sick))|after)\b",
        r"\b(?:weirdly|strangely|finally|so) calm\b", r"\bfinally know what to do\b",
        r"\b(?:gave|giving|given) (?:\w+ ){0,3}(?:my |all my )(?:jewel\w*|rings?|watch|guitar|"
        r"collection|things|stuff|belongings|good \w+)\b",
        r"\bthe case is now\b", r"\bif anything happens\b",
        r"\bwhy (?:keep|bother) (?:trying|going|living|getting up|fighting)\b",
        r"\bwhy (?:i|do i|should i) (?:even )?bother\b", r"\bliving for what\b", r"^\W*what for\b",
        r"\bwhat am i (?:even )?(?:doing|living) (?:this|it) for\b",
        r"\b(?:hoping|hope|wish|pray\w*) (?:\w+ ){0,3}(?:takes|take|kills|kill|finishes|"
        r"finish) me\b",
        r"\bsleep and (?:that was|that'?d be|that would be) it\b",
        r"\bwelcome (?:a|the|another) (?:heart attack|stroke|death|crash|accident)\b",
        r"\bmaybe this is the one\b",
        # (not "at the end of my rope with the insurance company")
        r"\b(?:reached|hit|at) (?:my|the) (?:limit|breaking point|end of (?:my|the) rope)\b"
        r"(?! with (?:the|my|our|your) (?!pain\b|life\b|fibro\w*|body\b|flares?\b)\w+)",
        r"\bremember me\b", r"\b(?:los|las|te) voy a extranar\b",
        r"\bif i (?:don'?t|dont|do not|never) (?:reply|answer|come back|write)\b",
        r"\bknow (?:that )?i (?:appreciated|loved) (?:you|them|everyone)\b",
        r"\b(?:won'?t|wont|not gonna|not going to|don'?t think i'?ll|dont think ill) need "
        r"(?:any of )?"
        r"(?:it|them|this|those)\b",
        # "fibro isn't fatal" says the opposite.
        rf"\b(?<!s not )(?<!isnt )(?<!isn't )(?<!never )(?:deadly|lethal|fatal)\b{NOT_ABOUT_A_PET}",
        r"\bserian? peligros[oa]s?\b",
        r"\bpregunto por (?:una|un) amig",
        r"\basking for a friend\b", r"\b(?:is|be|it'?s|would be) painless\b",
        r"\bknock (?:\w+ ){0,2}out for good\b",
        r"\b(?:highest|tallest) (?:bridge|building|overpass)\b",
        r"\bbridge (?:\w+ ){0,4}(?:highest|tallest|high enough)\b",
        r"\bguns? (?:\w+ ){0,4}without a (?:wait|background)\b", r"\bbuy (?:a |me a )?gun\b",
        r"\bi know how (?:this|it) ends\b", r"\bya tome (?:una|la) decision\b",
        r"\bready to go\b(?! (?:to|out|home|back|for|on|shopping|see|get|in|into))",
        r"\bthe only reason i'?m still (?:going|here|alive|around)\b", r"\b(?<!rib )cage\b",
        r"\bhow people (?:end it|kill themselves|die|do it)\b", r"\buntil i'?m gone\b",
        r"\bobituar\w*",
        r"\bhoping (?:\w+ ){0,4}(?:won'?t|wont|don'?t|dont|never|not) wake\b",
        r"\bcan'?t see a way (?:through|out|forward)\b",
        r"\b(?:realizing|realise|realize) i'?m still here\b",
        r"\bterminal\b.{0,40}\bhope so\b", r"\b(?:out of|no) fight(?: left)?\b",
        r"\bgrip is gone\b",
        r"\bsquared (?:everything|it all|things) away\b",
        r"\bdeath (?:sounds|seems|would be|looks) (?:\w+ )?(?:peaceful|nice|good|like a relief|"
        r"better)\b",
        r"\bwhat'?s the use\b", r"\b(?:wake|woke|waking) up disappointed\b",
        r"\b(?<!no )(?<!any )(?<!not )(?<!ever have )(?<!not having )(?<!n't have )thoughts? (?:of|"
        r"about) (?:hurting|harming|ending|cutting) (?:myself|my life|it all)\b",
        r"\blong sleeves\b.{0,60}\b(?:summer|hot|hid\w*|won'?t let)\b", r"\btired of hanging\b",
        r"\benvy (?:her|him|them|the dead)\b", r"\bjealous of (?:the )?dead\b",
        # "I'm not suicidal, but...": not the crisis answer, still a check-in.
        DENIED_SUICIDE,
        r"^\W*(?:it'?s|its) time\W+(?:good ?)?bye\W*$",
        r"\bsee (?:you|ya|u) (?:all )?on the other side\b(?! of)",
        r"\bi (?:won'?t|wont|will not) be (?:here|around)(?: anymore| any more)?(?: ?[.!]|\W*$)",
        # Seventh round's development batches (2026-11-27).
        r"\b(?:won'?t|wont|will not|never) be (?:logging|signing|coming|checking) back (?:on|in)\b",
        r"\bwho (?:gets|will get|should get|is getting|inherits) (?:what|my)\b",
        r"\b(?:sleep|go) and (?:never|not) (?:have to )?(?:come back|return)\b",
        r"\b(?:gave|give|giving|given)\b.{0,80}\bnow rather than later\b",
        r"\b(?:you'?ll|you will|everyone will|they'?ll|she'?ll|he'?ll) (?:\w+ )?(?:know|"
        r"understand) why\b",
        r"\bwon'?t be around (?:to|for(?! (?:group|class|the (?:group|meeting|session|call)|"
        r"my appointment|practice|work)\b)|much|long)\b", r"\blike i'?m going (?:somewhere|away)\b",
        r"\blife insurance (?:\w+ ){0,3}(?:pays? out|covers?|pay) (?:\w+ ){0,3}(?:if|for|"
        r"suicide)\b",
        r"\btell (?:\w+ ){1,3}(?:thanks|thank you) for (?:trying|everything)\b",
        r"\b(?:don'?t|do not|not) (?:really )?care if (?:i|it|you) (?:live|die|wake up|make it|"
        r"goes out)\b",
        r"\bchecked out of (?:my|your|her|his) (?:own )?life\b",
        r"\b(?:become|i'?m|i am) (?:just )?a chore\b",
        r"\bmost expensive thing in (?:our|the|my) (?:house|home|family)\b",
        r"\bwhat i'?m (?:even )?(?:waiting|living|fighting) for (?:anymore|any more)\b",
        r"\bhopes? (?:\w+ ){0,3}(?:doesn'?t|don'?t|won'?t|never|not) wake\b",
        r"\b(?:fresh start|better life|new life) without me\b",
        r"\ball i have to look forward to\b",
        r"\bi'?m (?:just )?(?:a bill|an? (?:expense|drain|extra chore|"
        r"weight)) (?:\w+ ){0,3}(?:has to|have to|for)\b",
        r"\bcan'?t see (?:that|it|this|things) ever (?:changing|getting better|improving)\b",
        r"\bthe point of living\b", r"\bif it (?:weren'?t|wasn'?t) for me\b",
        r"\b(?:don'?t|can'?t) see how (?:it|this|things|anything) (?:\w+ ){0,2}(?:gets?|will get|"
        r"could get|"
        r"is going to get) better\b", r"\bsorry (?:i|for) ruin(?:ed|ing) everything\b",
        r"\bmake sure (?:\w+ ){0,3}gets? (?:her|his|my) (?:\w+ )?(?:ring|jewelry|watch|things|"
        r"journals?|letters|stuff)\b",
        r"\bno light at the end\b", r"\bwhy (?:keep|am i|bother) dragging (?:it|this) out\b",
        r"\bwon'?t be long now\b",
        r"\b(?<!rest )(?<!sleep )when i'?m (?:gone|dead|not here)\b",
        r"\b(?:not|no) (?:jk|joking|kidding)\b",
        r"\btold (?:\w+ ){1,3}goodbye\b", r"\bnothing (?:left )?to hold me\b",
        r"\b(?:6|six) (?:feet|ft) under\b", r"\bi'?m done done\b", r"\beternal (?:rest|sleep)\b",
        r"\b(?:final|eternal|forever|permanent) (?:nap|sleep|snooze)\b"
        r"(?! (?:of|before|after|study|studies|test|clinic|appointment|problems?|issues?|"
        r"debt|deprivation|disorder|schedule|is at|at)\b)",
        # The eighth round's blind batch (2026-11-27).
        r"\bbeing erased\b",
        r"\bjust stare at the wall for hours\b",
        r"\bif there (?:was|were) an off switch,? (?:i'?d|i would)\b",
        # ...a decision or a time makes it a plan: "i've decided that tomorrow morning i'm driving
        # up to the fire tower and jumping off the top".
        r"\b(?:jumping|jump|leaping|leap) off (?:the )?(?:top|roof|tower|bridge|cliff|ledge|"
        r"building|balcony|overpass|parking garage)\b(?! (?:\w+ ){0,3}into (?:the )?(?:lake|river|"
        r"water|pool|sea|ocean))",
        r"\bthe darkness (?:is )?(?:getting|gets|growing) (?:louder|stronger|heavier|closer)\b",
        r"\bwould (?:\w+ ){0,2}notice if i (?:just )?(?:faded|disappeared|was gone|vanished|"
        r"stopped (?:showing up|existing))\b",
        r"\b(?:does|will|would) the funeral home need (?:anything|something) from me\b",
        r"\bsomeone (?:will|'ll|can) (?:come by|stop by) before (?:it|the \w+) runs? out\b",
        r"\b(?:sure|make sure|want) (?:\w+ ){0,3}(?:it'?s|it is|it will be|it'?ll be) "
        r"(?:peaceful|painless)\b",
        r"\b(?:want|need) (?:the|my) last (?:messages?|texts?|words?) to (?:reach|get to)\b",
        # The tenth round's blind batch (2026-11-27).
        r"\bno reason (?:left )?(?:for me )?to keep (?:trying|going|living|fighting)\b",
        r"\bwish (?:a|some) (?:car|bus|truck|train) would (?:just )?hit me\b",
        r"\bhow people end their (?:own )?lives\b",
        r"\b(?:don'?t|can'?t) see myself (?:being )?(?:here|around|alive)\b",
        r"\b(?:god|allah|lord|jesus) forgive me\b",
        r"\bcancel+ed my phone (?:contract|plan|service)\b",
        r"\bno one will (?:look for|find|miss) me\b",
        r"\bthe last thing i (?:had|needed) to do\b",
        r"\b(?:i'?m|im|i am) (?:just )?(?:a|the) (?:drain|nuisance|millstone|dead weight|"
        r"heavy suitcase|luggage)\b(?! (?:on|in|of) (?:my|the|our) (?:\w+ )?(?:team|squad|crew|"
        r"group|class)\b)",
        r"\bjust a bill\b",
        r"\b(?:run|cope|be|have|manage|live)\w* (?:\w+ ){0,3}(?:better|smoother|easier|lighter"
        r"|happier)"
        r"\b.{0,30}\bwithout (?:me|her|him)\b", r"\bbetter off w ?o me\b",
        r"\b(?:they|he|she|everyone|the kids|you all)(?:'?d|d| would)? (?:all )?be better off\b"
        r"(?! (?:with|if|at|going|taking|using|seeing|asking|to)\b)",
        r"\bbetter off on (?:her|his|their) own\b",
        r"\b(?:me|i'?m) ruining (?:his|her|their|everyone'?s) li(?:fe|ves)\b",
        r"\bstopped believing (?:\S+ ){0,8}(?:better|improve|reason to keep going)\b",
        r"\bnothing is coming\b",
        r"\bhang in there for what\b",
        r"\b(?:don'?t|no longer|can'?t) see (?:any )?light at the end\b",
        r"\ba life i can'?t (?:leave|escape|get out of)\b",
        r"\bburied alive in my (?:own )?(?:skin|body)\b",
        r"\b(?:stuck|trapped|prisoner) in (?:a|this|my) (?:body|life)\b",
        r"\b(?:i'?d|i would) rather (?:it|this|everything|life) (?:just )?ended\b",
        r"\bi'?d (?:just )?like it to be over\b",
        r"\b(?:can'?t think of|no|not one) (?:\w+ ){0,3}reasons? to (?:live|stay|keep going|"
        r"be here|go on)\b",
        r"\breasons? to (?:live|stay) (?:are|is) (?:getting )?(?:thinner|fewer|running out|gone)\b",
        r"\b(?:ranked|listed|list of|counting) my reasons to live\b", r"\bjust not dead yet\b",
        r"\bwhy i'?m still (?:bothering|here|around|alive)\b", r"\bstill bothering to be here\b",
        r"\bwish i could (?:just )?(?:fade|evaporate|vanish|switch myself off|disappear|"
        r"not exist)\w*\b",
        r"\b(?:like|want) to (?:just )?(?:evaporate|vanish|fade away|fade out|cease to exist|"
        r"not exist)\b",
        r"\bswitch (?:myself|me) off\b", r"\bstay asleep (?:for good|forever)\b",
        r"\blast time i (?:have to|ever) wake up\b", r"\bnever (?:open|opened) my eyes again\b",
        r"\bi (?:will|shall) not wake\b", r"\bcan'?t bear (?:this|it) any (?:longer|more)\b",
        r"\btake care of each other\W+goodbye\b",
        r"\bif i'?m not (?:on )?here (?:anymore|any more|tomorrow)\b",
        r"\byou (?:all )?mattered to me\b", r"\bgave\b.{0,80}\bwon'?t be needing\b",
        r"\bways (?:people )?(?:end it|to die|of dying|to end it)\b",
        r"\bsearch history\b.{0,80}\b(?:dying|"
        r"die|death|suicide)\b",
        r"\bi won'?t be here for (?:the next|another|next)\b",
        r"\bapologi[sz]\w* (?:\w+ ){0,3}for existing\b",
        r"\b(?:died|dead|dying)\b.{0,60}\blucky (?:them|him|her)\b",
        r"\bth(?:i|a)nk\w* (?:bout|about|of) dying (?:\w+ ){0,3}(?:every day|everyday|"
        r"all the time|a lot|constantly)\b",
        r"\bdon'?t care what happens to me\b",
        r"\bwouldn'?t (?:bother )?(?:step|stepping|move|moving) out of the way\b",
        r"\bwant (?:the pain|it) to stop\b.{0,30}\bdon'?t (?:much )?care how\b",
        r"\b(?:i'?m|i am|i want|i'?m so) (?:ready )?to (?:go|come) home\b.{0,40}\b(?:lord|god"
        r"|jesus|"
        r"heaven)\b", r"\b(?:lord|god|jesus)\b.{0,40}\bi'?m ready to (?:go|come) home\b",
        r"\bbeen here too long\b",
        r"\b(?:my |the )?will to live\b", r"\bworth more (?:dead|than i am)\b",
        r"\bif i died (?:tomorrow|today|tonight)\b", r"\bno (?:more )?reason (?:for me )?to stay\b",
        r"\bwish\w* (?:i'?d|she'?d|he'?d|i had|she had|he had) never been born\b",
        r"\bno use to anyone\b",
        r"\bgiving (?:his|her|my|all (?:his|her|my)) (?:\w+ )?(?:watches|jewel\w*|"
        r"rings|tools|guns|medals|things) away\b", r"\bhopes? it happens soon\b",
        r"\bthanks? (?:you )?for being in my life\b",
        r"\b(?:don'?t|dont|do not) (?:want to|wanna) (?:b|be) here (?:anymore|any more)\b",
        r"\bwant to not be here\b", r"\bnothing to look forward to (?:ever|anymore|any more)\b",
        r"\b(?:easier|better) if i (?:just )?(?:didn'?t|did not|don'?t|never) wake up\b",
        r"\bhalfway out of (?:this|my) life\b",
        r"\bif i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:in it|here|around)\b",
        r"\bdon'?t see myself\b.{0,60}\bbeing around\b",
        r"\bwhat'?s (?:left|there) (?:for me )?to (?:stay|live|stick around|keep going) for\b",
        r"\bless for (?:anyone|anybody|them|my \w+|the kids|everyone|people) to (?:sort|clean|"
        r"deal|go) (?:through|up|with)\b",
        r"\bwould do (?:them|him|her|everyone|my \w+) more good than i\b",
        r"\b(?:i'?m|i am|being|me) (?:just )?(?:\w+ ){0,3}(?:a|just a|another) chore (?:on|for) "
        r"(?:my|the|your|their) (?:\w+ )?(?:kids|family|husband|wife|children|rota)\b",
        r"\b(?:good ?bye|bye) for good\b",
        r"\b(?:wonder|wondering|ask myself) (?:\w+ ){0,2}(?:what|whats|what's) (?:the|even the) "
        r"point (?:of|in) (?:going on|living|carrying on|continuing|it all|any of it|"
        r"being alive)\b",
        r"\bwaiting for (?:my|this) life to (?:be over|end)\b", r"\bwaiting to die\b",
        r"\b(?:reading|looking|searching|researching) (?:up )?(?:about )?(?:the )?(?:different |"
        r"various )?ways (?:people|someone|a person|to) (?:die|end (?:it|things|their life))\b",
        # From the sixth round's blind batches (2026-11-27).
        r"\b(?<!before )(?<!after )(?<!by )(?<!until )(?:birthday|christmas|xmas|thanksgiving|"
        r"anniversary)\b(?:(?!\b(?:flare|infusion|surgery|treatment|round|injection|course|move|"
        r"cold|virus|bill|rainy|flu)\b).){0,200}\b(?:hope|hoping|pray)"
        r" (?:this|it)(?: one)? (?:is|will be|'s) (?:my |the )?last(?: one)?(?= ?[.!?,]| ?$)",
        r"\b(?:giving|gave|given) (?:my|all my) (?:\w+ ){0,2}away\b.{0,40}\b(?:feels right|"
        r"no use to me|(?:won'?t|don'?t) need (?:them|it) where i'?m going)\b",
        r"\b(?:hole|pit) i'?m in (?:has no bottom|is bottomless|just keeps getting deeper)\b",
        r"\b(?<!daily )(?<!assisted )(?<!independent )(?:living|existing|being alive|staying "
        r"alive) is (?:just )?(?:too|so) (?:hard|much|exhausting|heavy)\b(?! (?:harder|easier|"
        r"better|more|nicer|fun|cheaper|of)\b)",
        r"\b(?:won'?t|don'?t think i'?ll|will not|not going to|wont) need (?:a|the|my) (?:place|"
        r"home|flat|apartment|house|room|lease)\b(?! (?:at|in|on|since|because|once|when|if|"
        r"for (?:the|a|my|our))\b)",
        r"\b(?:tidying|wrapping|sorting) (?:up )?(?:all )?(?:my )?loose ends\b(?! (?:at|before|"
        r"for|with|on|from|in)\b)",
        r"\b(?:letting|let) (?:things|everything|it all) run down\b",
        # the sixteenth round: "sleep for a year or forever", "the next car accident has my name on
        # it", "never exist again", goodbyes sent through someone or "felt like i needed to"
        r"\bsleep (?:for )?(?:\w+ ){1,4}or (?:forever|for good|never wake up)\b",
        r"\b(?:hop\w*|wish\w*|pray\w*)\b.{0,60}\b(?:has|have|had|with) my name on it\b",
        r"\bnever (?:exist|be here|be around) (?:again|anymore|any more)\b",
        r"\b(?:say|tell) (?:bye|goodbye) to (?:\w+ ){1,3}for me\b",
        r"\b(?:said|say|saying|sent) (?:my )?(?:bye|goodbyes?) (?:\S+ ){0,10}(?:felt like i "
        r"(?:needed|had) to|just in case)\b",
        # things he loved given away, "if she didn't wake up it would be a relief", "i just want
        # out of this body", euthanasia for oneself, reading up on overdoses, words without spaces
        r"\b(?:gave|giving|given|gives) away (?:all )?(?:his|her|my|their) .{0,40}\b(?:watch|"
        r"guitar|tools|fishing|rifle|guns?|jewel\w*|ring|collection|records|car|truck|dog|cat|"
        r"prized|favorite|favourite|most precious)\b",
        r"\bif (?:i|she|he|they) (?:didn'?t|did not|never|don'?t|wouldn'?t) wake up\b.{0,60}"
        r"\b(?:relief|blessing|better off|be fine|be okay|mind)\b",
        r"\b(?:just )?want out of (?:this|my) (?:body|life|world|existence)\b",
        r"\beuthanasia\b.{0,30}\b(?:for (?:me|myself|fibro\w*|chronic pain|people like me|us)|"
        r"legal)\b|\b(?:want|wish|consider\w*|apply for|qualify for)\b.{0,20}\beuthanasia\b",
        r"\b(?:read up|looked up|researched|googled|searched)\b.{0,60}\b(?:dangerous|deadly|lethal|"
        r"fatal) in (?:an )?overdose\b",
        r"(?:can'?t ?do ?this ?any ?more|can'?t ?go ?on ?any ?more|no ?reason ?to ?live)",
        # the eleventh round: "why bother with another appointment? nothing's worked in 12 years"
        r"\bwhy (?:even )?bother\b.{0,60}\bnothing(?:'?s| has| ever)? (?:ever )?(?:work\w*|help\w*|"
        r"chang\w*)\b",
        # algospeak taken back: "i want to catch the bus sometimes but id never actually do it"
        r"\bcatch(?:ing)? the bus\b.{0,40}\b(?:never|wouldn'?t|won'?t|not) (?:actually |really )?"
        r"(?:do it|go through with it)\b",
        # pills hidden away: "3 months of gabapentin stashed in a shoebox", "started hiding some
        # of my pills instead of taking them" (not hidden from the children or the dog)
        rf"\b(?:stash\w*|hoard\w*|hiding|hid|squirrel\w*) (?:\w+ ){{0,4}}(?:{MEDICINES}|pills|meds|"
        rf"tablets)\b{NOT_HIDDEN_FROM_OTHERS}",
        rf"\b(?:{MEDICINES}|pills|meds|tablets) (?:\w+ ){{0,2}}(?:stashed|hidden|hoarded)\b"
        rf"{NOT_HIDDEN_FROM_OTHERS}",
    ],
    MEDICATION: [
        # not "a healthy dose of patience", "her second dose of the hpv vaccine"
        rf"\b(?:dose|doses|dosage|dosing|milligrams?|mgs?)\b{NOT_A_FIGURATIVE_DOSE}",
        r"\b\d+ ?mg\b",
        r"\b(?:stop|quit|stopping|quitting) taking (?:it|them|these|this|those)\b",
        # not the price: "how much does cymbalta cost without insurance?"
        rf"\bhow (?:much|many|often) (?:\w+ ){{0,6}}(?:{MEDICINES})\b(?! (?:\w+ )?(?:costs?|"
        rf"without insurance|with (?:insurance|a coupon|goodrx))\b)",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,4}}(?:how much|how many|how often|too (?:much|many)|"
        rf"max\w*)\b",
        # not "i never miss my meds, just wondering about side effects"
        r"\b(?<!never )(?:double|doubling|increase|increasing|decrease|decreasing|lower|raise|skip|"
        r"skipping|stop|stopping|quit|quitting|come off|coming off|get off|getting off|wean|"
        r"weaning|forgot|forget|skipped|missing|ran out of|run out of|running out of|taper|"
        rf"tapering|cut down|cutting down|miss|missed|halve|split) (?:\w+ ){{0,4}}"
        rf"(?:{MEDICINES})\b{NOT_A_FIGURATIVE_DOSE}",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,3}}(?:cold turkey|withdrawal)\b",
        rf"\b(?:mix|mixing|combine|combining|{ALCOHOL}) (?:\S+ ){{0,8}}(?:{MEDICINES})\b",
        r"\bmax\w* (?:amount|dose|dosage)\b",
        rf"\bhow long (?:after|before|between) (?:\w+ ){{0,3}}(?:{MEDICINES})",
        rf"\b(?:switch|change|move) (?:my )?(?:{MEDICINES}) to\b",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,2}}(?:safe|ok|okay|fine) (?:with|to take with|alongside) "
        rf"(?:\w+ ){{0,2}}(?:{MEDICINES})", rf"\b(?:{MEDICINES}) (?:\S+ ){{0,4}}can i take it\b",
        rf"\bgo (?:up|down) on (?:the |my )?(?:{MEDICINES})",
        rf"\b(?:crush|chew|split|halve|break) (?:\w+ ){{0,3}}(?:{MEDICINES})",
        r"\b(?:open|sprinkle|dissolve) (?:\w+ ){0,3}(?:capsules?|tablets?)\b",
        rf"\b(?:took|take|taking) (?:my )?(?:\w+ )?(?:{MEDICINES}) (?:\w+ ){{0,2}}(?:late|early)\b",
        rf"\b(?:when|what time|time of day) (?:\w+ ){{0,5}}(?:take|taking) (?:\w+ ){{0,2}}"
        rf"(?:{MEDICINES})",
        rf"\b(?:ok|okay|safe|fine|alright|all right) to (?:take|have|mix|use|drink) (?:\w+ ){{0,4}}"
        rf"(?:with|and|on|while on) (?:my )?(?:{MEDICINES})",
        r"\bgo (?:up|down) to \d+", rf"\b(?:{MEDICINES}) \d+\b",
        r"\b(?:take|have) another (?:one|pill|dose|tablet|half)\b",
        r"\bcan'?t remember if i took\b",
        rf"\b(?:loads|lots|tons|heaps) of (?:{MEDICINES})",
        rf"\b(?:take|taking|have|took) (?:an )?extra (?:\w+ ){{0,2}}(?:{MEDICINES})",
        r"\b(?:take|taking|took) (?:only |just )?(?:\d+|one|two|three|half|a half) "
        rf"(?:{MEDICINES})",
        r"\b(?:take|taking|use|mix|combine) (?:them )?both\b",
        r"\b(?:can|should|could) (?:i|you|we) (?:\w+ )?have (?:them )?both\b",
        rf"\b(?:take|taking) (?:my )?(?:\w+ )?(?:{MEDICINES}) (?:\w+ ){{0,4}}(?:early|late|later|"
        r"earlier)\b",
        rf"\b(?:take|taking|use|have) (?:\w+ ){{0,6}}while (?:i'?m |im |i am |on |taking )+"
        rf"(?:\w+ ){{0,1}}(?:{MEDICINES})\b",
        rf"\b(?:{MEDICINES}) (?:\S+ ){{0,8}}(?:{ALCOHOL})\b",
        rf"\b(?:take|taking|took|use|using) (?:\w+ ){{0,3}}(?:{MEDICINES}) (?:\w+ ){{0,4}}"
        rf"(?:with|wit|w|and|together|alongside|plus|while on|while taking|on top of|"
        rf"at the same time)"
        rf" (?:\w+ ){{0,4}}(?:{MEDICINES}|{ALCOHOL})\b",
        rf"\b(?:{MEDICINES}) (?:and|with|plus) (?:\w+ ){{0,3}}"
        rf"(?:together|at the same time|same day|safe)\b",
        r"\binteract\w*\b", r"\bcontraindicat\w*", r"\btitrat\w*",
        rf"\b(?:{MEDICINES}) (?:with|plus) (?:my |the |your )?(?:\w+ )?(?:{MEDICINES})\W*\?",
        rf"\b(?:should|can|do) i take (?:them|it|my (?:{MEDICINES})) again\b", r"\bsafe to take\b",
        r"\bserotonin syndrome\b",
        # Seventh round's development batches (2026-11-27).
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,4}}(?:at night|in the morning|morning|night|"
        r"bedtime) (?:or|vs|"
        r"versus|instead of) (?:\w+ ){0,2}(?:morning|night|bedtime)\b",
        rf"\b(?:take|taking|taken) (?:\w+ ){{0,2}}(?:{MEDICINES}) (?:at night|"
        r"in the morning) (?:vs|versus|"
        r"or|instead)\b",
        rf"\bextra (?:of )?(?:my|her|his|the) (?:\w+ )?(?:{MEDICINES})\b",
        rf"\bsafe to keep (?:taking|using|on) (?:\w+ ){{0,2}}(?:{MEDICINES})\b",
        r"\bhalf[ -]?life\b", rf"\bcut my (?:{MEDICINES})\b",
        rf"\b(?:{MEDICINES}) (?:\S+ ){{0,4}}alternatives?\b",
        rf"\b(?:running|run|ran) low on (?:my )?(?:{MEDICINES})\b",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,2}}safe (?:while|when|during|if) (?:i'?m |"
        r"i am )?(?:pregnant|breast"
        r"feeding|nursing|trying)\b",
        rf"\b(?:is|are) (?:{MEDICINES}) (?:\w+ )?(?:allowed|legal|ok|okay|safe|permitted)\b",
        rf"\b(?:{MEDICINES}) schedule\b", r"\bwants? me to switch\b", r"\bcompounded\b",
        rf"\b(?:{MEDICINES})\b.{{0,80}}\b(?:switch(?:ing)? to|go(?:ing)? without)\b",
        rf"\b(?:on|taking) (?:\w+ ){{0,2}}(?:{MEDICINES})\b.{{0,120}}\bis (?:it|that|this) (?:ok|"
        r"okay|safe|fine|alright)\b",
        r"\btake (?:it |them )?with food\b",
        # The eighth round's medicine batch (2026-11-27): a drug test, keeping on a medicine.
        r"\bstays? in (?:your|my|the) system\b",
        rf"\bshould i (?:keep|still|continue|stop) (?:\w+ ){{0,2}}(?:{MEDICINES}|taking)\b",
        # The tenth round's blind batch: interactions asked in other shapes, switching, timing.
        r"\b(?:is|are|would|will) (?:\w+ ){1,3}(?:ok|okay|safe|fine|alright|a problem|bad|"
        r"dangerous) (?:with|to take with|alongside|on top of) (?:my |her |"
        rf"his )?(?:\w+ )?(?:{MEDICINES})\b",
        r"\b(?:can (?:i|you|she|he|we)|(?:i|you|she|he|we) can) (?:\w+ ){0,2}(?:take|have|use|"
        r"drink|smoke|vape) (?:\S+ ){0,6}(?:if|while|when) (?:i'?m|im|i am|you'?re|youre|"
        r"you are|she'?s|he'?s) (?:already |also |still )?(?:on|taking) (?:my )?(?:\w+ )?"
        rf"(?:{MEDICINES})",
        rf"\b(?:i'?m|i am|im) (?:already |also )?on (?:\w+ ){{0,3}}(?:{MEDICINES})\b.{{0,60}}\b"
        r"(?:is (?:that|it) (?:ok|okay|safe|a problem|bad|dangerous)|any problem|"
        r"can i (?:still )?take)\b",
        r"\b(?:that|this) (?:combination|combo) (?:\w+ )?(?:ok|okay|safe|alright|fine|risky|bad|"
        r"dangerous|a problem)\b",
        rf"\bswitch\w* from (?:\w+ ){{0,2}}(?:{MEDICINES}) to\b",
        r"\b(?:stop|quit|come off|get off) (?:\w+ ){0,3}without (?:weaning|tapering)\b",
        r"\b(?:how (?:do i|to|should i|do you)|should i|can i|do i need to|safe(?:ly)? to) "
        r"(?:\w+ ){0,4}"
        r"taper\w*\b", r"\btaper\w* (?:\w+ )?(?:safely|schedule|too fast|off)\b",
        r"\bhow (?:slow|fast|long) should (?:the|my|i) taper\b",
        r"\bhow (?:long|soon) (?:until|till|before|after) (?:\S+ ){0,5}(?:(?:can|should|could) i|"
        r"i (?:can|should|could)) take\b",
        rf"\bhow soon (?:after|before) (?:\w+ ){{0,3}}(?:{MEDICINES})",
        r"\bmore (?:\w+ ){0,2}than (?:prescribed|my doctor said|i'?m supposed to|the label)\b",
        r"\bhow far apart\b", r"\bmax\w* (?:\w+ )?(?:per|a) day\b",
        rf"\b(?:adjust|change|shift) (?:\w+ ){{0,3}}(?:{MEDICINES}) (?:\w+ )?(?:timing|schedule|"
        r"times?)\b",
        rf"\b(?:take|taking|use|using|on) (?:\w+ ){{0,3}}(?:{MEDICINES}) "
        rf"(?:\w+ ){{0,3}}long[ -]term\b",
        r"\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|she|he) "
        r"(?:accidentally )?"
        rf"(?:take|takes|took) (?:\S+ ){{0,5}}(?:{MEDICINES})",
        r"\b(?:bad|dangerous|safe|ok|okay) (?:combination|combo|mix)\b",
        r"\b(?:ok|okay|safe|fine) for (?:her|him|them|me|my \w+) to (?:take|have|mix|use) "
        rf"(?:\w+ ){{0,4}}"
        rf"(?:with|and|alongside) (?:my |her |his |their )?(?:\w+ )?(?:{MEDICINES})",
        rf"\b(?:safe|ok|okay|fine) to (?:start|take|add|use|try) (?:\w+ ){{0,2}}(?:{MEDICINES}) "
        r"(?:with|alongside|on top of)\b",
        rf"\bany (?:problems?|issues?|risks?) (?:\w+ ){{0,3}}with (?:my )?(?:\w+ )?(?:{MEDICINES})",
        r"\bthe most (?:\w+ ){0,2}(?:i|you) can (?:safely )?take\b",
        rf"\bwhat'?s the deal with (?:\S+ ){{0,3}}(?:{MEDICINES}) (?:and|with|on|plus) ",
        r"\bwhat'?s the deal with taking\b",
        r"\b(?:start|begin) taking (?:2|two|3|three|more|an extra|extra)\b",
        rf"\bmax\w* (?:\w+ ){{0,2}}(?:{MEDICINES})\b",
        rf"\b(?:{MEDICINES})\b.{{0,80}}\b(?:same time every (?:day|night)|exactly the same time)\b",
        r"\b(?:fine|ok|okay|safe) together\b",
        r"\b(?:do|should|can) i double up\b",
        r"\bhow long (?:\S+ ){0,5}wait (?:between|after|before)\b",
        rf"\b(?:overlap them|overlap (?:the|my) (?:\w+ )?(?:{MEDICINES})|overlap or|straight swap|"
        r"cross[ -]?taper)\b",
        rf"\b(?:{MEDICINES})\b.{{0,80}}\bis (?:that|it|this) too (?:much|many|strong|high)\b",
        r"\b(?:take|taking|took|have|had) (?:\S+ ){0,5}every \d+ hours\b",
        rf"\b(?<!between )(?:{MEDICINES}) (?:(?:plus|with|and) )?(?:my |the )?(?!(?:pills?|"
        r"tablets?|capsules?|patch(?:es)?|tabs|caps|meds?|medications?|medicines?|doses?|"
        rf"prescriptions?)\b)(?:{MEDICINES})\b.{{0,60}}\?",
        rf"\b(?:{MEDICINES})\b.{{0,40}}\balongside\b", rf"\b(?:{MEDICINES})\b.{{0,60}}\bbad idea\b",
        rf"\b(?:can|should) i give (?:\w+ ){{0,7}}(?:{MEDICINES})",
        rf"\b(?:take|have) (?:a |an |one |some |another )?(?:\w+ )?(?:{MEDICINES}) on top\b",
        r"\bnot sure (?:if|whether) (?:i|you) (?:took|had|'ve had|have had)\b",
        r"\bforget\w* (?:whether|if) (?:i'?ve|i have|i) (?:had|took|taken)\b",
        r"\bcan i still take\b", rf"\blong[ -]term with (?:my )?(?:\w+ )?(?:{MEDICINES})",
        r"\bwould it (?:hurt|harm|matter) to (?:take|skip|miss|double|stop)\b",
        rf"\b(?:take|taking) (?:\w+ ){{0,2}}(?:{MEDICINES}) (?:\w+ ){{0,6}}or skip\b",
        r"\bshould i stop (?:it|them|taking)\b",
        r"\b(?:throw up|threw up|vomit\w*|puked?)\b.{0,40}\b(?:take|have) another\b",
        r"\b(?:do|should|can) i take another\b",
        rf"\b(?:{MEDICINES})\b.{{0,80}}\bif (?:she|he|i|you) (?:drinks?|has a drink|"
        r"have a drink)\b",
        r"\b(?:can|could|should|is it (?:ok|okay|safe) to) (?:i |you |we |she |he )?(?:\w+ ){0,6}"
        r"all at once (?:at night|at bedtime|instead of|rather than)\b",
        rf"\balternat\w* (?:\S+ ){{0,4}}(?:{MEDICINES}|{ACETAMINOPHEN})\b",
        rf"\b(?:would|will|could) (?:an? |one |1 )?(?:extra|more|another|second) (?:\S+ ){{0,3}}"
        rf"(?:{MEDICINES})\b.{{0,20}}\b(?:hurt|be ok|be okay|be bad|be safe|matter)\b",
        r"\b(?:put|apply|change|stick|swap|replace) (?:on )?(?:a |the |my )?(?:new |next |fresh )?"
        r"patch(?:es)? (?:on )?(?:early|earlier|sooner|late|later)\b",
        # a dose moved: "can my dad take his sleeping tablet earlier in the evening"
        r"\b(?:take|taking|give|giving) (?:my|his|her|their|the) (?:\w+ ){0,2}(?:tablets?|pills?|"
        r"meds?|medicines?|medication|dose)\b.{0,20}\b(?:earlier|later)\b",
        r"\b(?:take|taking) (?:it|them|the \w+|my \w+) all at once or (?:split|spread|divide)\w*",
        # "milnacipran with food or without?", "melatonin limit for an adult? how much is too much",
        # "is it dangerous to just stop?" after a medicine
        r"\bwith (?:food|meals?|a meal) or without\b", r"\bwith or without (?:food|a meal|meals)\b",
        rf"\b(?:{MEDICINES}|pills?|tablets?|meds?|doses?)\b.{{0,80}}\bhow (?:much|many) is too "
        r"(?:much|many)\b",
        rf"\b(?:{MEDICINES}) limit\b",
        rf"\b(?:{MEDICINES}|meds?|medication|pills?)\b.{{0,100}}\b(?:dangerous|safe|ok|okay|bad) "
        r"to (?:just )?(?:stop|quit|come off)\b",
    ],
}
# Acute and emergency tiers in Spanish (the answer is then in Spanish), plus warning signs and
# medication questions.
SPANISH_PHRASES: Dict[str, List[str]] = {
    OVERDOSE: [
        r"\bsobredosis\b",
        rf"\b(?:hijo|hija|nino|nina|bebe|perro|nieto|nieta) (?:\w+ ){{0,5}}(?:comio|trago|tomo) "
        rf"(?:\w+ ){{0,3}}(?:{MEDICINES})",
        # someone else's medicine: "me tomé las pastillas de mi esposo"
        r"\b(?:me tome|tome|se tomo|trague) (?:\w+ ){0,2}(?:pastillas|medicinas?|medicamentos?|"
        r"pildoras) de (?:mi|su) (?:esposo|esposa|marido|mujer|mama|papa|madre|padre|hij[oa]|"
        r"herman[oa]|abuel[oa]|pareja|novi[oa])\b",
        r"\b(?:tome|me tome|trague) (?:\w+ ){0,5}(?:doble dosis|dosis doble|dos veces|"
        r"dos (?:dosis|doses))\b",
        r"\b(?:le di|le dio|le dieron|le dimos|me dio|me dieron) (?:\w+ ){0,5}"
        r"(?:otra vez|dos veces|doble dosis|dosis doble)\b",
        r"\b(?:tome|me tome|trague|se tomo|tomo) (?:todo el|toda la) (?:frasco|caja|bote|botella|"
        r"blister)\b",
        r"\b(?:se |me )?(?:tomo|tome|trago|trague) (?:\w+ ){0,2}(?:un frasco|una caja|un bote|"
        r"un blister|todas|muchas|demasiadas)\b",
        rf"\b(?:tome|me tome|trague) (?:\w+ ){{0,2}}(?:muchas|demasiadas|todas|el doble|"
        rf"\d+) (?:\w+ ){{0,2}}(?:{MEDICINES})",
        # someone else: "mi esposo se tomo como 15 pastillas" (an outside tester)
        r"\b(?:se tomo|se trago|tomo|trago) (?:\w+ ){0,2}(?:[4-9]|\d\d+|muchas|demasiadas|"
        rf"todas) (?:\w+ ){{0,2}}(?:{MEDICINES})",
        # "se tomo las pastillas de mi abuela por error"; "que pasa si me tomo ... por error" asks
        r"\b(?<!si )(?:se tomo|se trago|se comio|me tome|tome|trague) (?:\w+ ){0,6}(?:por error|"
        r"sin querer|por accidente|por equivocacion)\b",
        r"\b(?:me tome|tome|se tomo) (?:\w+ ){0,3}(?:otra vez|de nuevo|otra dosis)\b",
        r"\b(?:nin[oa]s?|hij[oa]s?|bebe|sobrin[oa]|niet[oa]|nene|nena)\b.{0,80}\bfaltan "
        r"(?:\w+ ){0,2}(?:pastillas|capsulas|tabletas|pildoras|parches)\b",
        # "la bebe agarro el frasco de amitriptilina y tiene polvo blanco en la boca"
        r"\b(?:la bebe|el bebe|mi bebe|la nena|el nene|mi nena|mi nene|mi hij[oa]|el nino|la nina|"
        r"mi niet[oa]|los ninos|mis hijos)\b.{0,40}\b(?:agarro|cogio|se tomo|se trago|trago|"
        r"se comio|comio|abrio)\b.{0,40}\b(?:pastillas|frasco|pildoras|medicinas?|tabletas|"
        r"bote)\b",
    ],
    CRISIS: [
        r"\b(?:quiero|kiero|quisiera|me quiero|me kiero|me gustaria|deseo|voy a|me voy a|necesito) "
        r"(?:\w+ )?(?:morir|morirme|matarme|matar|suicidar\w*|quitarme la vida|acabar con "
        r"(?:mi vida|todo))\b"
        r"(?! de (?:un |del )?(?:susto|risa|coraje|hambre)\b)",
        r"\bme (?:quiero|voy a) (?:\w+ )?(?:morir|matar)\b", r"\bmatarme\b",
        r"\b(?:suicidarme|suicidarse|suicidarte|suicidio)\b",
        r"\bquitarme la vida\b", r"\bacabar con (?:mi vida|todo)\b",
        # "me voy a quitar la vida", "se quiere quitar la vida"
        r"\b(?:me|se|te) (?:\w+ ){0,3}quitar la vida\b", r"\bquitarse la vida\b",
        r"\b(?:pastillas|medicinas) (?:\w+ )?(?:preparadas|listas|contadas)\b",
        r"\bno quiero (?:seguir )?(?:vivir|viviendo|estar viv[oa])\b",
        r"\b(?:mejor|prefiero estar|quisiera estar|ojala estuviera) muert[oa]\b",
        r"\b(?:hacerme dano|cortarme|lastimarme)\b", r"\bcortar(?:me)? (?:las|mis) venas\b",
        r"\b(?:ganas de|quiero|voy a) matar a\b",
        # "se me quemo el arroz" is the rice; "me quemo los brazos" is self-harm.
        r"\b(?<!\bse )me (?:corte|corto|estoy cortando|lastime|queme|quemo|hice dano)\b"
        r"(?! (?:\w+ ){0,3}(?:cocinando|"
        r"picando|afeitando|rasurando|sin querer|por accidente|"
        r"con (?:aceite|agua|la plancha|el horno|la estufa|(?:un|una|el|la) (?:vidrio|cristal|lata|"
        r"sierra|motosierra|botella rota|ventana)|(?:el|un) cuchillo (?:\w+ ){0,2}(?:cocinando|"
        r"picando|en la cocina|"
        r"pelando|y (?:la sangre|no para|sale)))))",
        r"\bse (?:va|quiere|iba) (?:a )?matar\b", r"\bva a matarse\b",
        r"\b(?:me )?tom\w* (?:\w+ ){0,5}a proposito\b(?! de\b)",
        r"\b(?:he decidido|decidi|voy a|quiero|pienso) tomar(?:me)?(?:las|los)? tod[ao]s\b",
        r"\bme (?:voy a|quiero) cortar (?:otra vez|de nuevo|los brazos|las piernas)\b",
        r"\bme (?:doy|di|daba) golpes\b", r"\bme (?:pego|golpeo|lastimo) (?:en|hasta|contra|con)\b",
        r"\b(?:le|les) voy a hacer dano\b", r"\bme golpeo\b", r"\bque parezca (?:un )?accidente\b",
        r"\bno me bajo\b",
        r"\b(?:me voy a|se va a|me quiero|se quiere|voy a|va a|iba a) (?:tirar|aventar|"
        r"lanzar)(?:me|se)? (?:del|de un|de una|de la|al|a las|a la|por la) (?:\w+ )?(?:puente|"
        r"edificio|tren|metro|balcon|azotea|techo|ventana|vias|carretera|precipicio)\b",
        r"\bcartas? de despedida\b", r"\bnota de suicidio\b",
        r"\b(?:esta noche|hoy|manana|ya) me mato\b",
        r"\bse (?:corto|esta cortando|ha cortado) (?:las|los|sus) "
        r"(?:munecas|venas|brazos|piernas)\b",
        r"\b(?:queria|quiere|quiero|quisiera) morirse\b",
        r"\bya no voy a estar\b", r"\b(?:pa|para) no sobrevivir\b", r"\bmatando de hambre\b",
        r"\bcuant[oa]s (?:\w+ ){0,3}(?:se necesitan|necesito|hacen falta) (?:para )?"
        r"(?:morir|no despertar|matarme)?",
        r"\basi me voy a ir\b(?! a\b)", r"\b(?:escoger|elegir|decidir) el dia\b",
        r"\b(?:compre|tengo|consegui) (?:el |un |una )?veneno\b", r"\bno voy a volver\W*$",
        r"\b(?:quiero|me quiero) ir(?:me)? asi\b", r"\by me va a pasar\b",
        r"\bcuando me muera\b.{0,60}\bva a ser pronto\b",
        r"\b(?:hojita|navaja|cuchilla|rastrillo|maquina de afeitar)\b.{0,60}\b(?:munecas|brazos|"
        r"piernas|muslos)\b",
        r"\bme (?:rasguno|raspo|rayo) (?:las|los|mis) (?:munecas|brazos|piernas|muslos)\b",
        r"\b(?:pistola|arma|revolver)\b.{0,60}\b(?:usarla|usarlo|decidi)\b",
        r"\b(?:este|el|esta|el proximo) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
        r"noche|semana) es el dia\b", r"\bya pague (?:mi|el) funeral\b",
        r"\bintente (?:\w+ ){0,3}y no funciono\b",
        r"\b(?:hoy|esta noche|manana) lo voy a hacer bien\b",
        r"\b(?:tengo|compre|consegui) (?:la|una) soga\b",
        r"\b(?:se va a|me voy a|va a|voy a) tomar (?:\w+ ){0,2}(?:todas|todo el frasco|"
        r"toda la caja)\b",
        r"\bdeje (?:\w+ ){0,3}(?:insulina|medicinas?|pastillas|tratamiento|dialisis) (?:\S+ ){0,4}"
        r"a proposito\b",
        r"\b(?:voy a|me voy a) (?:estrellar|chocar)\w* (?:\w+ ){0,3}contra\b",
        r"\b(?:pistola|arma|escopeta) cargada\b",
        r"\bvias del tren\b.{0,60}\b(?:a que hora|manana|esta noche)\b",
        r"\b(?:escopeta|pistola|arma|rifle)\b.{0,80}\bno (?:iba|va|voy) a (?:regresar|volver)\b",
        r"\btengo la (?:pistola|escopeta|arma)\b",
        r"\b(?:tiene|tengo) la (?:pistola|escopeta|arma) en la mano\b",
        r"\bsi me tiro (?:desde|de|por) (?:un|una|el|la|lo) (?:\w+ )?(?:piso|puente|edificio"
        r"|balcon|"
        r"azotea|techo|ventana|acantilado|tren|metro)\b", r"\bes seguro que (?:me )?muero\b",
        r"\bcuant[oa]s? (?:\S+ ){0,4}(?:es|son|seria|serian) (?:mortal|mortales|letal|letales)\b",
        r"\b(?:escogi|elegi|decidi) la fecha\b(?!.{0,60}\b(?:cita|cirugia|operacion|consulta|boda|"
        r"viaje|calendario|solicitud|reumatolog\w*|medic\w*|doctor\w*|empiezo|tratamiento|fiesta|"
        r"vacaciones)\b)(?= ?[.!:]| ?$| ?[,:] (?:el |la )?(?:lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|\d)| (?:para|de) (?:irme|hacerlo|morir|mi muerte|terminar|acabar|"
        r"quitarme|despedirme))",
        r"\b(?:cual|que|cuanta|cuanto)\b.{0,20}\bdosis (?:mortal|letal)(?:es)?\b",
        r"\bme acabo de (?:cortar|quemar) (?:los|las|mis) (?:brazos|piernas|munecas|muslos|venas)\b"
        r"(?! (?:\w+ ){0,6}(?:sin querer|por accidente|cocinando|picando|afeitando)\b)",
        r"\b(?:que|cual|cuanta|cuantas|cuanto|cuantos) (?:dosis|cantidad|pastillas)\b.{0,60}"
        r"\b(?:letal|mortal|(?:mata|matan)\b(?! (?:el|la|los|las) (?:dolor\w*|calambres|"
        r"bacterias?|infeccion|virus|gripe|fiebre|hambre)))\b",
        # "me dijo que se va a pegar un tiro" (not "le pegaron un tiro", shot by someone)
        r"\b(?:va|voy|vas|van) a pegar(?:me|se|te)? un tiro\b", r"\bpegar(?:me|se) un tiro\b",
    ],
    EMERGENCY: [
        r"\b(?:dolor|presion|opresion) (?:en el|de|del|en mi) pecho\b",
        r"\bme duele (?:mucho )?el pecho\b", r"\bdolor (?:\w+ ){0,3}(?:en el|de|del|en mi) pecho\b",
        r"\bcara (?:torcida|caida|paralizada|dormida)\b", r"\bno (?:puede|puedo) hablar\b",
        r"\bse me cierra la garganta\b", r"\b(?:garganta|lengua) (?:\w+ )?(?:cerrada|hinchada)\b",
        r"\bno puedo respirar\b", r"\bme falta el aire\b",
        # "ojala me diera un infarto" is a wish (a warning sign), not a heart attack
        r"\b(?:me )?desmay\w*", r"\b(?<!ojala me diera un )(?<!ojala me de un )infarto\b",
        r"\bataque (?:al|del) corazon\b",
        r"\bderrame cerebral\b", r"\bconvulsi\w*", r"\bperdi el conocimiento\b",
        r"\bpeso (?:\w+ ){0,4}(?:pecho|en medio)\b", r"\b(?:me )?baja al brazo\b",
        r"\bbrazo izquierdo\b", r"\bsuda(?:ndo|do|da)? frio\b", r"\bsudor frio\b",
        r"\bespuma por la boca\b",
        r"\b(?:aceite|agua) hirviendo\b",
        r"\b(?:de repente )?no veo nada\b",
        r"\bno (?:para|deja) de (?:salir )?sangr\w*",
        r"\bno se (?:le |me )?(?:para|detiene) la sangre\b",
        r"\bsangrando mucho\b", r"\bdiciendo cosas sin sentido\b",
        r"\bla sangre no (?:para|se detiene|deja de salir)\b", r"\bsale a chorros\b",
        r"\bvomit\w* sangre\b",
        r"\bme aprieta\w*\b.{0,50}\b(?:quijada|brazo|pecho)\b",
        r"\b(?:temblando|convulsionando) todo\b",
        r"\b(?:casi )?no (?:lo|la|le) (?:podemos|puedo|puede|pueden) despertar\b",
        r"\brespira (?:muy )?(?:despacio|lento|raro|poco)\b",
        r"\bno (?:puede|puedo) mover (?:el|la|su|mi) (?:brazo|pierna|cara|lado)\b",
        r"\bhabla (?:muy )?(?:raro|enredado|arrastrando)\b",
        # "my mom is talking all jumbled, palabras sin sentido" (before the warning's "sin sentido")
        r"\bpalabras sin sentido\b", r"\bhabla\w* (?:\w+ ){0,2}sin sentido\b",
    ],
    ABUSE: [
        r"\bme (?:pega|golpea|maltrata|amenaza|lastima|ahorca)\b",
        r"\bno (?:estoy|me siento) segur[oa] en (?:casa|mi casa)\b", r"\bviolencia domestica\b",
        r"\b(?:tengo miedo de|le tengo miedo a) mi (?:esposo|esposa|pareja|novio|novia|marido)\b",
    ],
    WARNING: [
        r"\bsoy una carga\b", r"\b(?:no (?:le )?veo (?:el )?sentido|sin sentido|no tiene sentido "
        r"(?:vivir|nada|seguir))\b", r"\bsin esperanza\b", r"\bno aguanto mas\b",
        r"\bya no puedo mas\b",
        r"\bdesaparecer\b",
        r"\bno despertar(?:a|ara|e|me)?\b",
        r"\bmejor sin (?:mi|el|ella)\b",
        r"\bantes de que sea (?:demasiado )?tarde\b",
        r"\bregal\w* (?:\w+ ){0,2}(?:mis|todas mis) (?:joyas|cosas|pertenencias)\b",
        r"\b(?:cansad|hart)[oa] de vivir\b", r"\bme rindo\b", r"\bnada va a mejorar\b",
        r"\batrapad[oa]\b", r"\bme canse de (?:luchar|pelear|vivir|todo)\b", r"\binsoportable\b",
        r"\b(?:pa|para) (?:que|q) (?:sigo|seguir|vivo)\b", r"\btestamento\b",
        r"\b(?:que me recoja|llevame|que me lleve)\b", r"\bno (?:hay|tiene|tengo) salida\b",
        r"\bme da igual (?:lo que me pase|vivir|morir)\b", r"\bme despedi\b",
        r"\bbusque casa (?:a|para) mis\b", r"\bno hay razon (?:pa|para) (?:seguir|vivir)\b",
        r"\bsi me pasa algo\b", r"\bcancele (?:todas )?mis citas\b", r"\bcobra\w* el seguro\b",
        r"\b(?:juntad[oa]s?|juntando|guardando|guardad[oa]s?|escondiendo|ahorrando) "
        rf"(?:\w+ ){{0,3}}"
        rf"(?:{MEDICINES})",
        r"\bcuantas pastillas (?:\w+ ){0,2}suficientes\b",
        r"\badios a todos\b", r"\bdios me lleve\b", r"\b(?:pa|para) (?:que|q)\W*$",
        r"\bcomo un fantasma\b",
        r"\bya no se preocupen por mi\b", r"\bno vale la pena\b", r"\bme decepciona despertar\b",
        r"\bsi (?:\w+ )?no (?:contesto|respondo|regreso|vuelvo|despierto)\b",
        r"\bno le encuentro sentido a (?:seguir|vivir)\b", r"\bpara que me levanto\b",
        r"\bformas de morir\b", r"\b(?:soy|me siento como) un estorbo\b", r"\bpara despedirse\b",
        r"\bno tiene caso (?:seguir )?(?:vivir|viviendo)\b", r"\bsi (?:yo )?ya no estuviera\b",
        r"\b(?:dio|regalo|dejo|dieron|regalaron)\b.{0,80}\bya no (?:lo|la|los|las) (?:necesit\w+|"
        r"va a necesitar|voy a necesitar)\b",
        rf"\b(?:{MEDICINES}) (?:\w+ ){{0,2}}(?:escondid[oa]s|guardad[oa]s|juntad[oa]s)\b",
        # "ojala me diera un infarto y ya"; "sin el nos iria mejor con el dinero del seguro"
        r"\bojala me (?:diera|de|llegara|pegara) un infarto\b",
        r"\bsin (?:mi|el|ella) (?:\w+ )?(?:nos|les|te|me) (?:iria|irian|va a ir|ira) mejor\b",
    ],
    MEDICATION: [
        r"\b(?:cuanto|cuanta|cuantas|cuantos) (?:\w+ ){0,3}(?:pastillas|medicina|medicamento|"
        r"dosis)\b",
        r"\bdosis\b", r"\b(?:tomo|tomar|puedo tomar) (?:\w+ ){0,2}(?:doble|dos)\b",
        r"\bse puede(?:n)? (?:combinar|mezclar|tomar juntos)\b",
        r"\bme (?:la|las|lo|los) vuelvo a tomar\b",
        r"\b(?:que pasa si|puedo) (?:tomo|tomar|mezclo|mezclar) (?:\w+ ){0,5}con (?:mis|las|los|"
        rf"el|la) (?:\w+ )?(?:{MEDICINES})",
        rf"\bse me olvido (?:\w+ ){{0,2}}(?:{MEDICINES})",
        rf"\b(?:(?:dej|baj|sub)(?:ar|arle|e|o|ara|io|ieron|aron)|me salto|saltar) (?:\w+ ){{0,3}}"
        rf"(?:{MEDICINES})", r"\bpuedo tomar (?:\w+ ){0,5}juntos\b", r"\bde golpe\b",
        rf"\b(?:dejar|parar|doblar|mezclar|tomar) (?:\w+ ){{0,3}}(?:{MEDICINES}) (?:\w+ ){{0,3}}"
        rf"(?:alcohol|cerveza|vino|con)\b",
        rf"\b(?:suspender|suspendo|suspendi) (?:\w+ ){{0,2}}(?:{MEDICINES})",
        r"\bque pasa si (?:me )?(?:tomo|tomara|tomaba) (?:\w+ ){0,5}(?:por error|sin querer|"
        r"de mas)\b",
        r"\bpuedo tomar (?:\w+ ){0,3}(?:si|mientras|cuando) (?:estoy tomando|tomo|me tomo)\b",
        r"\b(?:es )?(?:peligroso|seguro|malo) (?:\w+ ){0,2}(?:tomar\w*|mezclar\w*|fumar|beber) "
        r"(?:\S+ ){0,6}(?:con|si tomo|si estoy tomando)\b",
        rf"\bcuanto tiempo (?:\S+ ){{0,6}}(?:despues|antes) de (?:\S+ ){{0,2}}(?:{MEDICINES})",
        rf"\b(?:partir|cortar|dividir|triturar|machacar) (?:\w+ ){{0,2}}(?:{MEDICINES})",
        r"\bse me (?:acabo|acabaron|termino|terminaron) (?:el |la |las |los |mi |mis )?"
        rf"(?:{MEDICINES})",
        r"\bdejar(?:lo|la|las|los)? (?:asi )?de (?:repente|golpe)\b",
        rf"\b(?:le )?puedo dar(?:le)? (?:\w+ ){{0,3}}(?:{MEDICINES})",
        r"\bno (?:me acuerdo|recuerdo) si (?:ya )?(?:me )?tome\b", r"\bme tomo otr[ao]\b",
        r"\bcuant[oa]s? (?:\S+ ){0,3}puedo tomar\b",
        rf"\b(?:{MEDICINES})\b.{{0,60}}\b(?:cerveza|vino|alcohol|copa|tequila|trago)s?\b",
        rf"\bmezcl\w* (?:\w+ ){{0,3}}(?:{MEDICINES})",
        rf"\b(?:{MEDICINES})\b.{{0,40}}\bjunto con\b",
        rf"\bjunto con (?:la |el |mi )?(?:{MEDICINES})",
        rf"\bcambi\w* de (?:\w+ ){{0,2}}(?:{MEDICINES}) a\b",
        r"\bcada cuant[ao]s? (?:horas|dias)\b",
        # "cuanto ibuprofeno le puedo dar por su peso?"
        r"\bcuant[oa]s? (?:\w+ ){0,3}(?:le |me |se )?(?:puedo|debo|puede|debe) (?:dar|tomar)\b",
    ],
}
# A warning sign together with a time or a decision is a plan (Columbia screener: ideation with
# a plan is the higher risk): "saving my pills ... tonight feels like the night" gets the crisis
# answer, not the check-in.
# A medication question with a decision ("my plan is to take my whole script with vodka") is
# one too; a time alone is not ("can I take my lyrica tomorrow").
DECISION = (r"i'?ve decided|i have decided|i decided|it'?s decided|made up my mind|"
            # not "plan is to cut my tramadol from 4 a day to 3" (a taper)
            r"(?:(?:the|my) plan is|plan is to)(?! (?:to )?(?:cut|taper|reduce|lower|drop|go down|"
            r"wean|switch|start|try|ask|see|talk)\b)|figured out how|(?:have|"
            r"got) everything i need|(?:i'?ve got|i have|got) the stuff|won'?t be needing (?:them|"
            r"it|any)|passwords?|passcodes?|(?:i have|i'?ve got) what i need|"
            r"(?:been )?hiding (?:\S+ )?(?:them|it|pills|meds|tablets)|(?:been )?hiding (?:my|her|"
            r"his) \w+|holding onto|the case is now|(?:i have|i'?ve got|got|"
            rf"there'?s) enough(?: now| there| saved)?{NOT_A_SUPPLY}|should be (?:plenty|enough)|"
            r"laid out|(?:all )?worked out|date is set|ya tengo el plan|(?:have|got) (?:the |"
            r"my )?pills|ya (?:lo )?decidi|ya tengo todo|tengo todo listo|busque cuant[oa]s|"
            r"made (?:my|the|a|up my) (?:decision|mind)|set everything up|"
            r"everything (?:is )?set up|got it (?:all )?(?:sorted|handled|figured out)|"
            r"it'?s (?:all )?handled|saved up|saving (?:up )?(?:my )?(?:pills|meds|tablets|"
            r"oxy\w*)|it'?s (?:a|my) goodbye|plan(?:ning)? to need it|(?:pick|picked|choose|"
            r"chose) (?:the|a) (?:day|date)|(?:spot|place) picked out|i have \d{2,} (?:here|"
            r"(?:\w+ ){1,2}(?:saved|stashed|hidden)|"
            r"saved|at home)|won'?t need (?:that|the|my|another|any more|any) (?:refills?|"
            r"prescriptions?|appointments?)")
PLAN = re.compile(
    rf"\b(?:{DECISION}|tonight|tomorrow|this weekend|(?:on |this |next |for )(?:{WEEKDAYS})|"
    # as typed in a hurry: "tn", "tmrw", "2nite"
    r"tn|tmrw|tmr|tomoro|2moro|2morrow|tonite|2nite|"
    r"everything(?:'s| is) (?:ready|set)|i know (?:how|when) and (?:where|when|how)|"
    r"after (?:everyone|they|he|she|the kids)|"
    r"when (?:everyone|they|he|she|the kids|my \w+) (?:leaves?|goes|is|are|gets)|"
    rf"the night|(?:that|the) same (?:night|day)|this is it(?! forever)|plan is|for good|"
    rf"here (?:on )?(?:{WEEKDAYS})|"
    rf"by (?:{WEEKDAYS}|the weekend|morning|tonight|tomorrow|next week)|"
    r"after (?:this|the) (?:weekend|holidays?|christmas)|"
    r"(?:picked|set|chose|chosen) (?:the|a) date|on the \d{1,2}(?:st|nd|rd|th)?|esta noche|manana|"
    # means at hand: "got 3 bottles and no reason to stay"
    r"(?:have|got|i'?ve got) (?:\d+|two|three|four|five|several) (?:full )?(?:bottles|boxes|"
    r"packs|packets)|"
    r"ya (?:elegi|escogi) (?:el|la) (?:dia|fecha|lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo)|"
    # lethal means at hand: "made my peace ... heading out with the .22"
    r"guns?|rifle|revolver|shotgun|pistol|firearm|sidearm|handgun|the (?:\. )?22|"
    r"(?:on|at|to) the (?:overpass|ledge|roof|"
    r"railway|train tracks|tracks|cliffs?)|before i do (?:anything|it))\b")
DECIDED = re.compile(rf"\b(?:{DECISION})\b")
# What makes a warning sign or a medication question a plan, and how far from it it may be.
PLAN_PATTERN_OF = {WARNING: PLAN, MEDICATION: DECIDED}
PLAN_REACH = 300

# What makes an emergency phrase not one: "no chest pain", "I don't have chest pain",
# "not short of breath", or a hypothetical: "if i ever did have chest pain". Only a cue right
# before the phrase, with at most three filler words between, negates: "never had chest pain
# this bad", "not only chest pain" and "without warning I passed out" are emergencies.
NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|without|nor|don't|dont|doesn't|doesnt|didn't|didnt|haven't|havent|"
    r"if (?:i|you|we|she|he) ever(?: did)?|"
    r"hasn't|hasnt|isn't|isnt|aren't|arent|wasn't|wasnt|free of|denies|deny)"
    r"(?: (?:any|have|has|had|having|got|get|feel|felt|feeling|experiencing|experience|a|an|"
    r"the|my|much|really|currently|been|more|real|am|is|are|i|i'm|im|it's|its|any more|"
    r"actually|usually|ever|issues with|problems with|signs of|sign of|symptoms of|"
    # "no tightness or shortness of breath"
    r"(?:\w+ ){1,3}(?:or|nor))){0,3} $")
NEGATION_LOOKBACK = 60
# "never had chest pain this bad": a comparison after the phrase means it is present.
PRESENT_AFTER = re.compile(
    r"^\W*(?:\w+ ){0,3}(?:this|so|that|as) (?:bad|severe|strong|intense|much|hard|badly|sharp)|"
    r"^\W*(?:\w+ ){0,3}like (?:this|that|now|today)|^\W*(?:\w+ ){0,2}(?:before|until now|till now)")
PRESENT_LOOKAHEAD = 40
# "shortness of breath isn't one of my symptoms": a denial right after the phrase.
NEGATION_AFTER = re.compile(r"^\W*(?:is|are|was|were)(?:n'?t| not) (?:one of |a |an )?(?:my |a |an )?"
                            r"(?:symptoms?|problem|issue)")
# "had a stroke last year", "a febrile seizure as a kid", "last year i accidentally took my dose
# twice": an emergency or an overdose told as past is none now, and so is the learned line's
# emergency in that message. A month or more ago, never "last week".
PAST_TIME = (
    r"(?:last (?:year|yr|month|spring|summer|autumn|fall|winter)|(?:\d+|"
    r"a|one|two|three|four|five|six|several|few|couple of|many) (?:years?|months?) ago|(?:years|"
    r"months) ago|in (?:19|20)\d\d|as a (?:kid|child|teen|teenager|baby|toddler)|back in|in "
    r"(?:high|middle|grade|elementary) school|in college|when i was (?:a kid|little|young|"
    r"younger|a teen\w*|pregnant|in school)|hace (?:\w+ )?(?:anos|meses))\b")
PAST_AFTER = re.compile(rf"^\W*(?:(?!since\b)\w+ ){{0,3}}{PAST_TIME}")
# ...or the time opens the sentence and the phrase follows within four words.
PAST_BEFORE = re.compile(rf"(?:^|[.!?;] ?)\W*{PAST_TIME} ?,? (?:\w+ ){{0,4}}$")
# "took an extra pill, poison control said i'd be fine and i was", "had chest pain yesterday, the
# ER said costochondritis and sent me home": an emergency or an overdose followed by how it ended
# is over too, unless the message goes on to something now ("...but now she's really sleepy").
# Whoever checked: not the patient ("he says he's fine" is no all-clear), and "they" only when it
# is not the ones who took the pills ("my kids got into my pills, they said they were fine").
CHECKER = (r"(?:poison control|pharmacist|pharmacy|doctor|dr \w+|gp|er|nurse|vet|hospital|"
           r"pa?ediatrician|paramedics|cardiologist|urgent care)")
CLEARED = r"(?:i|she|he|we|it|you|the baby|my \w+)"
RESOLVED_AFTER = re.compile(
    rf"\b(?:(?:{CHECKER} (?:said|says|told (?:me|us|him|her|them)|confirmed) (?:that )?"
    rf"(?:{CLEARED}|they)|they (?:said|told (?:me|us)) (?:that )?{CLEARED})"
    r"(?:'?d| would| will|'?ll|'?s| was| is| were| are|'?m)? (?:be |been )?"
    r"(?:totally |completely |perfectly |absolutely |just |all )?(?:fine|ok|okay|alright|safe|"
    # told as over ("and i was fine"), not as now ("and she is fine right now": a child's
    # overdose may show hours later)
    r"harmless)|(?:and|but) (?:i|she|he|they|we|it|the baby) (?:was|were) "
    r"(?:totally |completely |perfectly |absolutely |just |all )?(?:fine|ok|okay|alright)|"
    r"no harm done|(?:every|all (?:the |of the |my |her |his )?)(?:\w+ ){0,2}accounted for|"
    r"turned out (?:to be )?(?:just |only |nothing)|sent (?:me|her|him|them|us) home|"
    rf"(?:{CHECKER}|doctors) (?:said|says|diagnosed|called it) (?:it (?:was |is )|it'?s )?"
    r"(?:just |only )?(?:costochondritis|anxiety|a panic attack|muscular|a pulled muscle|gas|"
    r"reflux|nothing|fine|ok|okay|my fibro|fibro))\b")
STILL_NOW = re.compile(r"\b(?:but (?:now|then|today|tonight|this)|now (?:i|i'?m|she|she'?s|he|"
                       r"he'?s|they|it|my|his|her)|getting worse|worse now|again (?:now|today|"
                       r"tonight))\b")
RESOLVED_REACH = 150
DIED_OF = re.compile(r"\b(?<!nearly )(?<!almost )(?:died|passed away|passed) (?:\w+ ){0,5}"
                     r"(?:of|from) (?:a |an |his |her |my )?$")
# Spanish negation before an emergency phrase: "sin dolor en el pecho".
SPANISH_NEGATION_BEFORE = re.compile(r"\b(?:sin|no tengo|nada de)(?: \w+){0,1} $")


# Whole words that the rules above only match by a stem or a short form.
SPELLED_OUT = {"suicide", "suicidal", "myself", "overdose", "overdosed", "breathe", "breathing",
               "breath", "medication", "medications", "seizure", "unconscious", "collapsed",
               "fainted", "passed", "hopeless", "burden", "disappear", "goodbye", "unalive"}


ENGLISH, SPANISH = "en", "es"


@dataclass(frozen=True)
class RuleMatch:
    category: str
    phrase: str
    language: str


class Rules:
    """The phrase rules, compiled once: one alternation per category and language."""

    def __init__(self) -> None:
        self.denied_suicide = re.compile(DENIED_SUICIDE)
        self.compiled = [
            (category, language, re.compile("|".join(f"(?:{p})" for p in table[category])))
            for category in SAFETY_CATEGORIES
            for language, table in ((SPANISH, SPANISH_PHRASES), (ENGLISH, PHRASES))
            if category in table
        ]

    def first_match(self, text: str) -> Optional[RuleMatch]:
        """The most urgent rule match in canonical `text`, or None. One pass per pattern set,
        and the negation check looks at a bounded window: linear in the length of `text`."""
        for category, language, pattern in self.compiled:
            plan_pattern = PLAN_PATTERN_OF.get(category)
            first = None
            for match in pattern.finditer(text):
                if (category == EMERGENCY and negated(text, match.start(), match.end())
                        or category in (EMERGENCY, OVERDOSE)
                        and told_as_over(text, match.start(), match.end())):
                    continue
                first = first or RuleMatch(category, match.group(0).strip(), language)
                plan = plan_pattern and _near(plan_pattern, text, match)
                if plan:
                    return RuleMatch(CRISIS, f"{match.group(0).strip()} … {plan.group(0)}", language)
                if not plan_pattern:
                    break
            if first:
                return first
        return None

    def plan_in(self, text: str) -> Optional[str]:
        """A time, a decision or a means in `text` that makes a warning sign a plan."""
        plan = PLAN.search(text)
        return plan.group(0) if plan else None

    def denies_suicide(self, text: str) -> bool:
        """Whether `text` says it is not suicidal ("I'm not suicidal, just tired")."""
        return bool(self.denied_suicide.search(text))

    def dismisses_emergency(self, text: str) -> bool:
        """Whether `text` names an emergency only to deny it ("no chest pain") or as over ("last
        year my son swallowed a couple of my pills but he was fine")."""
        return any((category == EMERGENCY and negated(text, match.start(), match.end()))
                   or told_as_over(text, match.start(), match.end())
                   for category, _, pattern in self.compiled if category in (EMERGENCY, OVERDOSE)
                   for match in pattern.finditer(text))


def _near(pattern: re.Pattern, text: str, match: re.Match) -> Optional[re.Match]:
    """A match of `pattern` within PLAN_REACH characters of `match`: in a long post, "tomorrow"
    two paragraphs away is no plan for the warning sign."""
    return pattern.search(text, max(0, match.start() - PLAN_REACH), match.end() + PLAN_REACH)


def negated(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] is negated ("no chest pain") rather than present."""
    before, after = text[max(0, start - NEGATION_LOOKBACK):start], text[end:end + PRESENT_LOOKAHEAD]
    if NEGATION_AFTER.search(after):
        return True
    if not (NEGATION_BEFORE.search(before) or SPANISH_NEGATION_BEFORE.search(before)):
        return False
    # The comparison may also sit inside the phrase: "never felt pressure like this in my chest".
    return not (PRESENT_AFTER.search(after) or
                PRESENT_AFTER.search(text[start:end + PRESENT_LOOKAHEAD]))


def told_as_over(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] is dated in the past ("a stroke last year", "two
    years ago i had a stroke"), what someone died of ("my dad died of a heart attack") or followed
    by how it ended ("poison control said i'd be fine")."""
    before = text[max(0, start - NEGATION_LOOKBACK):start]
    if (PAST_AFTER.search(text[end:end + PRESENT_LOOKAHEAD])
            or PAST_BEFORE.search(before) or DIED_OF.search(before)):
        return True
    after = text[end:end + RESOLVED_REACH]
    resolved = RESOLVED_AFTER.search(after)
    return bool(resolved) and not STILL_NOW.search(after, resolved.end())


def risk_words() -> List[str]:
    """The whole words the rules spell out (four letters or more, outside "not followed by"
    groups; not stems such as "suicid" in "suicid\\w*"): misspellings of these are corrected
    before matching (components/triage_text.py)."""
    tables = (PHRASES, SPANISH_PHRASES)
    words = {w for table in tables for patterns in table.values()
             for p in map(without_lookaheads, patterns)
             for w in re.findall(r"\b[a-z]{4,}\b(?![\[(#*+{])", unescaped(p))}
    return sorted(words | SPELLED_OUT)


def unescaped(pattern: str) -> str:
    """`pattern` with "\\b" as a space and character classes ("\\w", "\\d") as "#", so that a
    stem such as "suicid" in "suicid\\w*" is followed by "#" and not taken for a word."""
    return re.sub(r"\\[a-zA-Z]", "#", pattern.replace("\\b", " "))


def without_lookaheads(pattern: str) -> str:
    """`pattern` without its (?!...) groups: "shaving" in "cut my arm(?! ...shaving)" is no
    risk word, and a misspelling must not be corrected to it."""
    while "(?!" in pattern:
        start = pattern.index("(?!")
        depth, end = 0, start
        for end in range(start, len(pattern)):
            depth += {"(": 1, ")": -1}.get(pattern[end], 0)
            if depth == 0:
                break
        pattern = pattern[:start] + pattern[end + 1:]
    return pattern
