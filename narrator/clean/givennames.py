"""Given names that open a writer's signature: the evidence that tells "Ann Lee, March 3, 2026" (a byline with its
day) from "Leeds, March 3, 2026" (a dateline's place). A table of facts, not a rule: common given names in the
languages and communities narrator's users write in, without those that are also towns ("Charlotte", "Austin",
"Victoria", "Florence", "Sydney", "Eugene", "Jackson", "Lincoln", ...), whose lines stay datelines."""

from __future__ import annotations

GIVEN_NAMES = frozenset((
    "aaron", "abdul", "abigail", "adam", "ade", "adrian", "afua", "ahmed", "aidan", "aisha", "alan", "albert", "alex",
    "alexander", "alexandra", "alfie", "ali", "alice", "alison", "amanda", "amara", "amber", "amelia", "amir",
    "amit", "amy", "ana", "andrea", "andrew", "andy", "angela", "anita", "ann", "anna", "anne", "annie", "anthony",
    "anton", "arjun", "arthur", "ashley", "aubrey", "ayesha", "barbara", "barry", "beatrice", "ben", "benjamin",
    "beth", "bethan", "bill", "billy", "bob", "brenda", "brian", "bridget", "bruce", "caitlin", "callum", "cameron",
    "carl", "carla", "carlos", "carmen", "carol", "caroline", "carys", "catherine", "cerys", "chantelle", "charles",
    "charlie", "chloe", "chris", "christina", "christine", "christopher", "ciara", "claire", "clara", "colin",
    "connor", "craig", "dafydd", "dai", "daisy", "dan", "daniel", "daniela", "danielle", "darren", "dave", "david",
    "dawn", "dean", "debbie", "deborah", "declan", "denise", "derek", "diana", "diane", "dimitri", "dominic",
    "donna", "dorothy", "douglas", "duncan", "dylan", "eddie", "edward", "eileen", "elaine", "eleanor", "elena",
    "eliza", "ella", "ellen", "ellie", "emily", "emma", "eric", "erin", "esther", "ethan", "eva", "evan", "fatima",
    "fergus", "fiona", "frances", "francesca", "francis", "frank", "fred", "freya", "gareth", "gary", "gavin",
    "gemma", "george", "georgia", "geraint", "gerald", "gillian", "glen", "glenys", "gordon", "grace", "graham",
    "greg", "gregory", "gwen", "hannah", "harriet", "harry", "hassan", "heather", "helen", "henry", "hiroshi",
    "holly", "hugh", "huw", "ian", "imogen", "imran", "iris", "isaac", "isabel", "isabella", "ivan", "jack",
    "jacob", "jake", "james", "jamie", "jan", "jane", "janet", "janice", "jasmine", "jason", "jay", "jean", "jeff",
    "jennifer", "jenny", "jeremy", "jess", "jessica", "jill", "jim", "joan", "joanna", "joanne", "joe", "john",
    "jon", "jonathan", "jordan", "jose", "joseph", "josh", "joshua", "joy", "judith", "judy", "julia", "julian",
    "julie", "justin", "karen", "kate", "kath", "katherine", "kathleen", "kathy", "katie", "kay", "keith", "kelly",
    "ken", "kenneth",
    "kevin", "kieran", "kim", "kirsty", "kofi", "laura", "lauren", "leah", "lee", "leo", "leon", "lesley", "lewis",
    "liam", "lily", "linda", "lindsay", "lisa", "liz", "lois", "lorna", "louise", "lucy", "luis", "luke", "lynn",
    "maggie", "malcolm", "mandy", "marcus", "margaret", "maria", "marie", "mark", "martha", "martin", "mary",
    "matt", "matthew", "maureen", "max", "megan", "mehmet", "melanie", "mia", "michael", "michelle", "mike",
    "mohammed", "mohammad", "muhammad", "molly", "nadia", "naomi", "natalie", "nathan", "neil", "nia", "nicholas",
    "nick", "nicola", "nigel", "nina", "noah", "norman", "oliver", "olivia", "omar", "oscar", "owen", "pamela",
    "patricia", "patrick", "paul", "paula", "pauline", "peter", "philip", "phil", "pippa", "polly", "priya",
    "rachel", "rahul", "raj", "rajesh", "ravi", "rebecca", "rhian", "rhys", "richard", "rob", "robert", "robin",
    "rosa", "rose", "rosie", "ross", "ruby", "rupert", "ruth", "ryan", "sally", "sam", "samantha", "samuel",
    "sandra", "sanjay", "sara", "sarah", "scott", "sean", "shaun", "sharon", "sian", "simon", "sioned", "sophie",
    "stella", "stephanie", "stephen", "steve", "steven", "stuart", "sue", "susan", "suzanne", "tariq", "teresa",
    "terry", "thomas", "tim", "timothy", "tina", "toby", "tom", "tomas", "tony", "tracy", "trevor", "una", "val",
    "valerie", "vanessa", "vicky", "vikram", "vincent", "wayne", "wendy", "william", "yasmin", "yusuf", "zara",
    "zoe",
    # Welsh given names as common as those above among our users (not "Bryn" or "Morgan": a place's, or a surname's)
    "aled", "alun", "catrin", "dewi", "eirian", "eleri", "eluned", "elin", "emyr", "ffion", "gethin", "gwilym",
    "hywel", "ieuan", "iolo", "llinos", "lowri", "manon", "meinir", "nerys", "osian", "owain", "rhiannon", "rhodri",
    "tomos",
    # the short forms a typed note is signed with ("Bev", "Gill", "Pam"), as common as the full names above
    "bev", "gill", "pam", "sheila", "viv",
))
