"""Write the team-notes battery (tests/data/battery/teamlogs/): each invented document and its gold.

Usage: python tests/battery_teamlogs_build.py tests/data/battery/teamlogs
"""
import json
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)


def P(name, role=None):
    return {"name": name, "role": role}


def A(text, owners=(), due=None, section=None, ref=None, status="open", origin="this_meeting"):
    d = {"ref": ref, "text": text, "owners": list(owners), "due": due, "status": status, "origin": origin}
    if section:
        d["section"] = section
    return d


def DD(date):
    return {"kind": "date", "date": date}


NM = {"kind": "next_meeting", "date": None}


def D(text, kind="agreement", outcome="carried"):
    return {"text": text, "kind": kind, "outcome": outcome}


def S(title, kind="discussion", presenter=None):
    return {"title": title, "kind": kind, "presenter": presenter}


def att(present=(), apologies=(), absent=(), ina=()):
    return {"present": list(present), "apologies": list(apologies), "absent": list(absent), "in_attendance": list(ina)}


def G(date=None, title=None, **kw):
    m = {}
    if title:
        m["title"] = title
    if date:
        m["date"] = date
    for k in ("chair", "minute_taker", "location", "start_time", "end_time"):
        if k in kw:
            m[k] = kw.pop(k)
    g = {"meeting": m}
    g.update(kw)
    return g


ITEMS = []


def item(name, ext, text, *golds):
    ITEMS.append((name, ext, text, golds))


# 01 capstone weekly log, oldest first, en-dash dates dd/mm/yyyy
item(
    "t01-capstone-weeks",
    "md",
    """# Team Kestrel – Capstone Project Log

## Week 4 – 05/03/2024

**Attendees:** Priya, Tomasz, Helen, Oluwaseun

### What we did
- Finished the database schema for bookings
- Tomasz set up CI on the repo

### Blockers
- Waiting on API keys from the client

### Next steps
- Priya to email the client about the API keys
- Write unit tests for the booking model

## Week 5 – 12/03/2024

**Attendees:** Priya, Tomasz, Helen

### What we did
- Got API keys, first successful call to the payments sandbox
- Helen drafted the interim report outline

### Blockers
- None this week

### Next steps
- Helen to finish the interim report draft by 15/03/2024
- Tomasz to review the payments integration
""",
    G(
        "2024-03-05",
        attendance=att([P("Priya"), P("Tomasz"), P("Helen"), P("Oluwaseun")]),
        actions=[
            A("Priya to email the client about the API keys", ["Priya"]),
            A("Write unit tests for the booking model"),
        ],
        sections=[S("What we did"), S("Blockers")],
    ),
    G(
        "2024-03-12",
        attendance=att([P("Priya"), P("Tomasz"), P("Helen")]),
        actions=[
            A("Helen to finish the interim report draft by 15/03/2024", ["Helen"], DD("2024-03-15")),
            A("Tomasz to review the payments integration", ["Tomasz"]),
        ],
        sections=[S("What we did"), S("Blockers")],
    ),
)

# 02 supervisor meeting, plain text single
item(
    "t02-supervisor-meeting",
    "txt",
    """Meeting with supervisor 3 March 2025

Present: Dr Anneliese Korb (supervisor), Marcus Webb, Ines Duarte, Kofi Mensah
Apologies: Ruth Galloway

1. Progress since last meeting
Marcus showed the prototype of the sensor dashboard. Ines reported that the survey has 41 responses so far.

2. Literature review
Dr Korb said the review needs more recent sources (after 2020). Ines will add at least ten newer papers.

3. Ethics application
The ethics form was returned with minor comments. Kofi agreed to revise section 4 and resubmit by Friday 7 March.

Action items
- Marcus: record a two-minute demo video
- Ines: add newer sources to the literature review
- Kofi: resubmit ethics form (7 March)

Next meeting: 17 March 2025, 2pm
""",
    G(
        "2025-03-03",
        attendance=att(
            [P("Anneliese Korb", "supervisor"), P("Marcus Webb"), P("Ines Duarte"), P("Kofi Mensah")],
            [P("Ruth Galloway")],
        ),
        actions=[
            A("record a two-minute demo video", ["Marcus Webb"]),
            A("add newer sources to the literature review", ["Ines Duarte"]),
            A("resubmit ethics form", ["Kofi Mensah"], DD("2025-03-07")),
        ],
        sections=[S("Progress since last meeting"), S("Literature review"), S("Ethics application")],
        next_meeting={"date": "2025-03-17", "tbc": False},
    ),
)

# 03 daily standup, per person bold names (SET ASIDE)
item(
    "t03-standup-md",
    "md",
    """# Daily standup – 2025-02-11

Attendees: Lena, Bartek, Sunita, Joel

**Lena**
- Yesterday: finished the login page styling
- Today: password reset flow
- Blockers: none

**Bartek**
- Yesterday: reviewed PR #212
- Today: fix flaky integration test
- Blockers: staging database is down

**Sunita**
- Yesterday: sprint board cleanup
- Today: write release notes
- Blockers: none

**Joel**
- Out sick yesterday
- Today: catch up on code reviews

Action: Sunita to ask ops about the staging database
""",
    G(
        "2025-02-11",
        attendance=att([P("Lena"), P("Bartek"), P("Sunita"), P("Joel")]),
        actions=[A("Sunita to ask ops about the staging database", ["Sunita"])],
    ),
)

# 04 sprint retrospective with checkbox handles
item(
    "t04-retro-checkboxes",
    "md",
    """# Sprint 14 Retrospective — 2024-10-04

Facilitator: @mhollis
Participants: @mhollis, @dvance, @akimura, @rpatel

## What went well
- Deploys were smooth all sprint
- Pairing on the search refactor helped

## What didn't go well
- Too many unplanned support tickets
- Standups ran long

## Ideas
- Timebox standups to 15 minutes

## Decisions
- We agreed to rotate the support duty weekly.

## Action items
- [ ] @dvance set up a support rota in the team calendar
- [ ] @akimura add a 15-minute timer to the standup invite
- [ ] Review ticket triage process (due 2024-10-18)
""",
    G(
        "2024-10-04",
        attendance=att([P("@mhollis", "chair"), P("@dvance"), P("@akimura"), P("@rpatel")]),
        actions=[
            A("set up a support rota in the team calendar", ["@dvance"]),
            A("add a 15-minute timer to the standup invite", ["@akimura"]),
            A("Review ticket triage process", [], DD("2024-10-18")),
        ],
        decisions=[D("We agreed to rotate the support duty weekly.")],
        sections=[S("What went well"), S("What didn't go well"), S("Ideas")],
    ),
)

# 05 engineering sync wiki log, newest first
item(
    "t05-wiki-sync-log",
    "md",
    """# Storage team weekly sync

## 2024-03-12

### Attendees
- @gwen
- @farouk
- @lisbeth

### Agenda
1. Compaction regressions
2. On-call handover

### Notes
- Compaction p99 is back to normal after the revert.
- Farouk takes on-call from Thursday.

### Action items
- [ ] @gwen write the postmortem for the compaction incident
- [ ] @lisbeth update the runbook links

## 2024-03-05

### Attendees
- @gwen
- @farouk
- @odile

### Agenda
1. Q2 planning

### Notes
- Decision: tiered storage goes first in Q2.

### Action items
- [ ] @odile draft the Q2 roadmap doc
""",
    G(
        "2024-03-12",
        attendance=att([P("@gwen"), P("@farouk"), P("@lisbeth")]),
        actions=[
            A("write the postmortem for the compaction incident", ["@gwen"]),
            A("update the runbook links", ["@lisbeth"]),
        ],
        sections=[S("Compaction regressions"), S("On-call handover")],
    ),
    G(
        "2024-03-05",
        attendance=att([P("@gwen"), P("@farouk"), P("@odile")]),
        actions=[A("draft the Q2 roadmap doc", ["@odile"])],
        decisions=[D("tiered storage goes first in Q2.")],
        sections=[S("Q2 planning")],
    ),
)

# 06 Notion export table Owner | Task | Due (SET ASIDE)
item(
    "t06-notion-table",
    "md",
    """# Design crit – Mobile app

Date: November 6, 2024
Attendees: Yara Haddad, Felix Brandt, Momo Tanaka

## Agenda
- Onboarding screens feedback
- Icon set

## Notes
### Onboarding screens feedback
- Step 3 copy is confusing, shorten it
- Decision: drop the optional avatar step

### Icon set
- Outline style preferred over filled

## Action items

| Owner | Task | Due |
| --- | --- | --- |
| Yara | Rewrite step 3 copy | Nov 8 |
| Felix | Export outline icons at 2x | Nov 13 |
| Momo | Book usability test slots | |
""",
    G(
        "2024-11-06",
        title="Design crit – Mobile app",
        attendance=att([P("Yara Haddad"), P("Felix Brandt"), P("Momo Tanaka")]),
        actions=[
            A("Rewrite step 3 copy", ["Yara Haddad"], DD("2024-11-08")),
            A("Export outline icons at 2x", ["Felix Brandt"], DD("2024-11-13")),
            A("Book usability test slots", ["Momo Tanaka"]),
        ],
        decisions=[D("drop the optional avatar step")],
        sections=[S("Onboarding screens feedback"), S("Icon set")],
    ),
)

# 07 research group meeting txt, Decided:
item(
    "t07-lab-meeting",
    "txt",
    """Computational Ecology Group - Lab Meeting
14 January 2025, 10:00-11:00, Room B.214

Present: Hannah, Rafael, Zeynep, Olly, Dr. Whitcombe
Notes: Zeynep

1) Field season logistics
- Vehicle booked for weeks 18-20.
- Decided: samples go to the cold store on the same day, no exceptions.

2) Paper drafts
- Rafael's occupancy model paper is with co-authors.
- Hannah to circulate the methods section by 24 January.

3) Journal club
- Olly will pick the paper for next week.

AOB
- None.
""",
    G(
        "2025-01-14",
        title="Computational Ecology Group - Lab Meeting",
        start_time="10:00",
        end_time="11:00",
        minute_taker="Zeynep",
        attendance=att([P("Hannah"), P("Rafael"), P("Zeynep"), P("Olly"), P("Whitcombe")]),
        actions=[
            A("Hannah to circulate the methods section by 24 January.", ["Hannah"], DD("2025-01-24"), "Paper drafts"),
            A("Olly will pick the paper for next week.", ["Olly"], None, "Journal club"),
        ],
        decisions=[D("samples go to the cold store on the same day, no exceptions.")],
        sections=[S("Field season logistics"), S("Paper drafts"), S("Journal club"), S("AOB", "aob")],
    ),
)

# 08 hackathon committee log md, oldest first (2 entries)
item(
    "t08-hackathon-committee",
    "md",
    """# HackNorth 2025 Organising Committee

## Meeting 1 — 9 January 2025
Present: Aoife, Dmitri, Grace, Samir

### Venue
- Student union hall confirmed for 22-23 March.

### Sponsors
- Two sponsors have replied, one yes.
- Samir to send the sponsor pack to the remaining five companies.

### To do
- Set up the registration form
- Order lanyards

## Meeting 2 — 23 January 2025
Present: Aoife, Grace, Samir
Apologies: Dmitri

### Sponsors
- Three sponsors confirmed.
- We agreed to cap the sponsor booths at six.

### Catering
- Grace will get quotes from two caterers by 30 January.
""",
    G(
        "2025-01-09",
        attendance=att([P("Aoife"), P("Dmitri"), P("Grace"), P("Samir")]),
        actions=[
            A("Samir to send the sponsor pack to the remaining five companies.", ["Samir"], None, "Sponsors"),
            A("Set up the registration form"),
            A("Order lanyards"),
        ],
        sections=[S("Venue"), S("Sponsors")],
    ),
    G(
        "2025-01-23",
        attendance=att([P("Aoife"), P("Grace"), P("Samir")], [P("Dmitri")]),
        actions=[A("Grace will get quotes from two caterers by 30 January.", ["Grace"], DD("2025-01-30"), "Catering")],
        decisions=[D("We agreed to cap the sponsor booths at six.")],
        sections=[S("Sponsors"), S("Catering")],
    ),
)

# 09 club committee txt single (SET ASIDE)
item(
    "t09-robotics-club",
    "txt",
    """ROBOTICS SOCIETY - COMMITTEE MEETING
Date: 22/09/2024
Location: Engineering Building, Room 1.07

Present: Callum Reid (President), Aisha Begum (Treasurer), Lewis Ng (Secretary), Maya Fox
Apologies: Theo Park

1. Freshers fair
Stall booked. We agreed to bring the line-following robot as the demo.
Action: Maya to print 200 flyers.

2. Budget
Aisha reported a balance of 412 pounds. Decision: membership fee stays at 5 pounds.

3. Competition entry
Callum will register the team for the regional competition by 1 October.

4. AOB
Lewis asked for help updating the website.

Next meeting: 6 October 2024
""",
    G(
        "2024-09-22",
        title="ROBOTICS SOCIETY - COMMITTEE MEETING",
        location="Engineering Building, Room 1.07",
        attendance=att(
            [P("Callum Reid", "president"), P("Aisha Begum", "treasurer"), P("Lewis Ng", "secretary"), P("Maya Fox")],
            [P("Theo Park")],
        ),
        actions=[
            A("Maya to print 200 flyers.", ["Maya Fox"], None, "Freshers fair"),
            A(
                "Callum will register the team for the regional competition by 1 October.",
                ["Callum Reid"],
                DD("2024-10-01"),
                "Competition entry",
            ),
        ],
        decisions=[
            D("We agreed to bring the line-following robot as the demo."),
            D("membership fee stays at 5 pounds."),
        ],
        sections=[S("Freshers fair"), S("Budget"), S("Competition entry"), S("AOB", "aob")],
        next_meeting={"date": "2024-10-06", "tbc": False},
    ),
)

# 10 student project log txt, three meetings, To do lists unowned
item(
    "t10-group-project-txt",
    "txt",
    """CS2040 Group Project - meeting notes

Meeting 1 - 05/02/2025
Attendees: Noor, Ellis, Fraser, Jun
- Picked the topic: campus parking app
- Ellis will set up the GitHub repo
To do:
- Read the brief again
- Each person suggests two features

Meeting 2 - 12/02/2025
Attendees: Noor, Ellis, Jun
Absent: Fraser
- Feature list agreed (8 features)
- Jun showed wireframes
To do:
- Noor: write user stories
- Jun: turn wireframes into Figma

Meeting 3 - 19/02/2025
Attendees: Noor, Ellis, Fraser, Jun
- Fraser caught up on the plan
- Agreed to use Flask for the backend
To do:
- Ellis: set up Flask skeleton by 21/02/2025
""",
    G(
        "2025-02-05",
        attendance=att([P("Noor"), P("Ellis"), P("Fraser"), P("Jun")]),
        actions=[
            A("Ellis will set up the GitHub repo", ["Ellis"]),
            A("Read the brief again"),
            A("Each person suggests two features"),
        ],
    ),
    G(
        "2025-02-12",
        attendance=att([P("Noor"), P("Ellis"), P("Jun")], absent=[P("Fraser")]),
        actions=[A("write user stories", ["Noor"]), A("turn wireframes into Figma", ["Jun"])],
    ),
    G(
        "2025-02-19",
        attendance=att([P("Noor"), P("Ellis"), P("Fraser"), P("Jun")]),
        actions=[A("set up Flask skeleton by 21/02/2025", ["Ellis"], DD("2025-02-21"))],
        decisions=[D("Agreed to use Flask for the backend")],
    ),
)

# 11 Confluence meeting notes export
item(
    "t11-confluence",
    "md",
    """# 2024-11-18 Platform team sync

## Date
18 Nov 2024

## Participants
- @Jonas Weber
- @Tamsin Hale
- @Ravi Iyer

## Goals
- Agree on the deprecation date for the v1 API

## Discussion items

| Time | Item | Who | Notes |
| --- | --- | --- | --- |
| 10 min | v1 API deprecation | Jonas | Usage down to 3% of calls. Decision: v1 switched off on 31 March 2025 |
| 10 min | Build times | Tamsin | CI takes 40 minutes; caching would halve it |

## Action items
- [ ] @Tamsin Hale enable dependency caching in CI
- [ ] @Jonas Weber announce the v1 shutdown date to customers by 2024-11-29
""",
    G(
        "2024-11-18",
        attendance=att([P("Jonas Weber"), P("Tamsin Hale"), P("Ravi Iyer")]),
        actions=[
            A("Agree on the deprecation date for the v1 API"),
            A("enable dependency caching in CI", ["Tamsin Hale"]),
            A("announce the v1 shutdown date to customers by 2024-11-29", ["Jonas Weber"], DD("2024-11-29")),
        ],
        decisions=[D("v1 switched off on 31 March 2025")],
        sections=[S("v1 API deprecation", presenter="Jonas Weber"), S("Build times", presenter="Tamsin Hale")],
    ),
)

# 12 supervisor log newest first (SET ASIDE)
item(
    "t12-supervision-log",
    "md",
    """# PhD supervision notes – Elif Sahin

### 28 May 2025
Attendees: Elif, Prof. Dunmore, Dr. Achebe

- Chapter 3 draft discussed; structure is fine, results section too long.
- Elif to cut results section to 15 pages before next meeting.
- Conference abstract: agreed to submit to the autumn workshop.

### 21 May 2025
Attendees: Elif, Prof. Dunmore

- Reviewed simulation results; the baseline needs rerunning with the new seed.
- Elif will rerun the baseline experiments by 27 May.
- Prof. Dunmore to send comments on chapter 2.
""",
    G(
        "2025-05-28",
        attendance=att([P("Elif"), P("Dunmore"), P("Achebe")]),
        actions=[A("Elif to cut results section to 15 pages before next meeting.", ["Elif"], NM)],
        decisions=[D("agreed to submit to the autumn workshop.")],
    ),
    G(
        "2025-05-21",
        attendance=att([P("Elif"), P("Dunmore")]),
        actions=[
            A("Elif will rerun the baseline experiments by 27 May.", ["Elif"], DD("2025-05-27")),
            A("Prof. Dunmore to send comments on chapter 2.", ["Dunmore"]),
        ],
    ),
)

# 13 standup log txt, one line per person
item(
    "t13-standup-log",
    "txt",
    """Standup - Mon 3 Feb 2025
Present: Raj, Colette, Wen
Raj - Y: finished export feature / T: start CSV import / B: none
Colette - Y: bug bash / T: same / B: waiting for design on modal
Wen - Y: vacation / T: onboarding docs / B: none
Action: Colette to ping design about the modal

Standup - Tue 4 Feb 2025
Present: Raj, Colette, Wen, Pablo
Raj - Y: CSV import parsing / T: CSV import UI / B: none
Colette - Y: modal designs arrived / T: implement modal / B: none
Wen - Y: onboarding docs / T: onboarding docs / B: none
Pablo - Y: joined the team / T: laptop setup / B: no VPN access
Action: Wen to request VPN access for Pablo
""",
    G(
        "2025-02-03",
        attendance=att([P("Raj"), P("Colette"), P("Wen")]),
        actions=[A("Colette to ping design about the modal", ["Colette"])],
    ),
    G(
        "2025-02-04",
        attendance=att([P("Raj"), P("Colette"), P("Wen"), P("Pablo")]),
        actions=[A("Wen to request VPN access for Pablo", ["Wen"])],
    ),
)

# 14 sprint planning md
item(
    "t14-sprint-planning",
    "md",
    """# Sprint 7 Planning (2025-04-14)

**Attendees:** Greta Lind (PO), Matteo Russo, Chidi Okafor, Sophie Lam (Scrum Master)

## Sprint goal
Customers can pay by invoice.

## Capacity
- Matteo off on Friday, team capacity 34 points.

## Committed stories
| Story | Points | Owner |
| --- | --- | --- |
| Invoice PDF generation | 8 | Chidi |
| Payment terms setting | 5 | Matteo |

## Decisions
- Decision: the dark mode story moves to sprint 8.

## Action items
- Greta to confirm the invoice layout with finance by Wednesday 16 April
- Sophie to update the sprint board
""",
    G(
        "2025-04-14",
        attendance=att(
            [P("Greta Lind", "product owner"), P("Matteo Russo"), P("Chidi Okafor"), P("Sophie Lam", "scrum master")]
        ),
        actions=[
            A(
                "Greta to confirm the invoice layout with finance by Wednesday 16 April",
                ["Greta Lind"],
                DD("2025-04-16"),
            ),
            A("Sophie to update the sprint board", ["Sophie Lam"]),
        ],
        decisions=[D("the dark mode story moves to sprint 8.")],
        sections=[S("Sprint goal"), S("Capacity"), S("Committed stories")],
    ),
)

# 15 capstone team meeting txt single with Name - task - due (SET ASIDE)
item(
    "t15-capstone-minutes",
    "txt",
    """Capstone Team 7 - Meeting Minutes
Date: 10/10/2024   Time: 3-4pm   Location: Library group room 2
Attendees: Bethany Cole, Arjun Rao, Lucia Moreno
Absent: Declan Hart

Agenda
1. Client feedback
2. Test plan
3. Presentation roles

1. Client feedback
The client liked the map view but wants filtering by date.

2. Test plan
We decided to use pytest with a shared fixtures file.

3. Presentation roles
Bethany opens, Arjun demos, Lucia covers evaluation.

Action items
Arjun - add date filter to map view - Fri 18 Oct
Lucia - write first 10 test cases - Mon 14 Oct
Bethany - book presentation room - ASAP
""",
    G(
        "2024-10-10",
        title="Capstone Team 7",
        start_time="15:00",
        end_time="16:00",
        location="Library group room 2",
        attendance=att([P("Bethany Cole"), P("Arjun Rao"), P("Lucia Moreno")], absent=[P("Declan Hart")]),
        actions=[
            A("add date filter to map view", ["Arjun Rao"], DD("2024-10-18")),
            A("write first 10 test cases", ["Lucia Moreno"], DD("2024-10-14")),
            A("book presentation room", ["Bethany Cole"], {"kind": "asap", "date": None}),
        ],
        decisions=[D("We decided to use pytest with a shared fixtures file.")],
        sections=[S("Client feedback"), S("Test plan"), S("Presentation roles")],
    ),
)

# 16 lab notes log with inline Present and bold labels
item(
    "t16-lab-notes-log",
    "md",
    """# Soft Matter Lab – meeting notes

## 2025-01-09
Present: Ada, Ingrid, Kwame, Luis

- Rheometer is back from repair.
- **Decision:** bookings for the rheometer go through the shared calendar only.
- **Action:** Kwame to write a one-page rheometer guide.

## 2025-01-16
Present: Ada, Ingrid, Luis
Apologies: Kwame

- Luis presented the droplet results.
- **Action:** Ingrid to order more silicone oil by 20 Jan.
- **Action:** Ada to ask facilities about the fume hood.

## 2025-01-23
Present: Ada, Ingrid, Kwame, Luis

- Kwame's guide is done and posted on the wiki.
- **Decision:** weekly meetings move to Thursdays at 2pm.
""",
    G(
        "2025-01-09",
        attendance=att([P("Ada"), P("Ingrid"), P("Kwame"), P("Luis")]),
        actions=[A("Kwame to write a one-page rheometer guide.", ["Kwame"])],
        decisions=[D("bookings for the rheometer go through the shared calendar only.")],
    ),
    G(
        "2025-01-16",
        attendance=att([P("Ada"), P("Ingrid"), P("Luis")], [P("Kwame")]),
        actions=[
            A("Ingrid to order more silicone oil by 20 Jan.", ["Ingrid"], DD("2025-01-20")),
            A("Ada to ask facilities about the fume hood.", ["Ada"]),
        ],
    ),
    G(
        "2025-01-23",
        attendance=att([P("Ada"), P("Ingrid"), P("Kwame"), P("Luis")]),
        actions=[],
        decisions=[D("weekly meetings move to Thursdays at 2pm.")],
    ),
)

# 17 GitLab style sync single with #### per agenda topic
item(
    "t17-gitlab-sync",
    "md",
    """## Frontend guild sync - 2025-06-03

### Attendees
@kmorrow, @pvasquez, @tnakamura, @lbianchi

### Agenda
1. Design tokens migration
2. Flaky e2e tests

### Notes

#### Design tokens migration
- 60% of components migrated.
- @pvasquez will migrate the table and dialog components this week.

#### Flaky e2e tests
- Three tests quarantined.
- Agreed: quarantined tests must have an issue linked.

### Action items
- [ ] @tnakamura open issues for the three quarantined tests
- [x] @kmorrow share the token naming doc
""",
    G(
        "2025-06-03",
        attendance=att([P("@kmorrow"), P("@pvasquez"), P("@tnakamura"), P("@lbianchi")]),
        actions=[
            A(
                "@pvasquez will migrate the table and dialog components this week.",
                ["@pvasquez"],
                None,
                "Design tokens migration",
            ),
            A("open issues for the three quarantined tests", ["@tnakamura"]),
            A("share the token naming doc", ["@kmorrow"], status="done"),
        ],
        decisions=[D("quarantined tests must have an issue linked.")],
        sections=[S("Design tokens migration"), S("Flaky e2e tests")],
    ),
)

# 18 student society committee caps txt (SET ASIDE)
item(
    "t18-society-minutes",
    "txt",
    """MINUTES
Film Society Committee
Wednesday 12 February 2025, 6.30pm, Union Room 3

PRESENT: Rosa Lindqvist (Chair), Ben Carver (Treasurer), Amara Eze, Jack Tull
APOLOGIES: Nina Sorensen (Secretary)
MINUTES TAKEN BY: Amara Eze

1. WELCOME AND APOLOGIES
Rosa welcomed everyone. Apologies as above.

2. TREASURER'S REPORT (Ben)
Balance is 1,230 pounds. Screening licence renewal due in March.
ACTION: Ben to renew the screening licence before 1 March.

3. SPRING PROGRAMME
Eight films shortlisted. It was agreed to open the final vote to all members.
ACTION: Jack to set up the online vote.

4. ANY OTHER BUSINESS
None.

DATE OF NEXT MEETING: Wednesday 26 February 2025
""",
    G(
        "2025-02-12",
        title="Film Society Committee",
        chair="Rosa Lindqvist",
        minute_taker="Amara Eze",
        start_time="18:30",
        location="Union Room 3",
        attendance=att(
            [
                P("Rosa Lindqvist", "chair"),
                P("Ben Carver", "treasurer"),
                P("Amara Eze", "minute taker"),
                P("Jack Tull"),
            ],
            [P("Nina Sorensen", "secretary")],
        ),
        actions=[
            A(
                "Ben to renew the screening licence before 1 March.",
                ["Ben Carver"],
                DD("2025-03-01"),
                "Treasurer's report",
            ),
            A("Jack to set up the online vote.", ["Jack Tull"], None, "Spring programme"),
        ],
        decisions=[D("It was agreed to open the final vote to all members.")],
        sections=[
            S("Treasurer's report", "report", "Ben Carver"),
            S("Spring programme"),
            S("Any other business", "aob"),
        ],
        next_meeting={"date": "2025-02-26", "tbc": False},
    ),
)

# 19 hackathon team log by day
item(
    "t19-hackathon-days",
    "md",
    """# Team Byte Club – hackathon log

## Day 1 (Sat 8 Mar 2025)
Team: Ola, Finn, Keisha

**Idea:** an app that matches leftover food from cafes with students.

**Done**
- Repo and Expo app scaffolded
- Scraped three cafe menus for test data

**Plan for tomorrow**
- Finn: matching algorithm
- Keisha: pitch deck
- Ola: map screen

## Day 2 (Sun 9 Mar 2025)
Team: Ola, Finn, Keisha

**Done**
- Matching works on test data
- Pitch deck v1

**Plan**
- Rehearse pitch twice before 3pm
""",
    G(
        "2025-03-08",
        attendance=att([P("Ola"), P("Finn"), P("Keisha")]),
        actions=[A("matching algorithm", ["Finn"]), A("pitch deck", ["Keisha"]), A("map screen", ["Ola"])],
    ),
    G("2025-03-09", attendance=att([P("Ola"), P("Finn"), P("Keisha")]), actions=[A("Rehearse pitch twice before 3pm")]),
)

# 20 open-source WG notes, Outcome / AI
item(
    "t20-docs-wg",
    "md",
    """# Docs Working Group – 2025-06-12

Attendees: @hwinter, @cnjoroge, @mbellamy
Notes by: @cnjoroge

## Topics

### Versioned docs
- Build size doubles with every release.
- Outcome: keep only the last three minor versions online.
- AI: @hwinter to write the pruning script.

### Translation workflow
- Crowdin trial ended.
- AI: @mbellamy to compare two alternatives and report next time.

### Contributor guide
- No update.
""",
    G(
        "2025-06-12",
        title="Docs Working Group",
        minute_taker="@cnjoroge",
        attendance=att([P("@hwinter"), P("@cnjoroge", "minute taker"), P("@mbellamy")]),
        actions=[
            A("@hwinter to write the pruning script.", ["@hwinter"], None, "Versioned docs"),
            A("@mbellamy to compare two alternatives and report next time.", ["@mbellamy"], NM, "Translation workflow"),
        ],
        decisions=[D("keep only the last three minor versions online.")],
        sections=[S("Versioned docs"), S("Translation workflow"), S("Contributor guide")],
    ),
)

# 21 supervisor meeting log txt, numbered meetings (SET ASIDE)
item(
    "t21-supervisor-log-txt",
    "txt",
    """Final Year Project - Supervisor Meetings
Student: Harriet Osei   Supervisor: Dr Paulo Mendes

Supervisor meeting #3 - 3 March 2025
Feedback
- Evaluation chapter needs a comparison with at least one baseline.
- Good progress on the implementation.
To do for next meeting
- Add baseline comparison
- Fix figure captions in chapter 2

Supervisor meeting #4 - 17 March 2025
Feedback
- Baseline comparison looks convincing.
- Abstract is too long.
To do for next meeting
- Shorten abstract to 250 words
- Send full draft by 28 March
""",
    G(
        "2025-03-03",
        actions=[A("Add baseline comparison", [], NM), A("Fix figure captions in chapter 2", [], NM)],
        sections=[S("Feedback")],
    ),
    G(
        "2025-03-17",
        actions=[A("Shorten abstract to 250 words", [], NM), A("Send full draft by 28 March", [], DD("2025-03-28"))],
        sections=[S("Feedback")],
    ),
)

# 22 retro Start/Stop/Continue txt with owners in parentheses
item(
    "t22-retro-ssc",
    "txt",
    """Team Quokka - Sprint 22 Retro - 2025-07-18
Present: Mia, Andre, Beatriz, Tom, Yusuf

START
- Writing acceptance criteria before estimation
- Demoing to support team at sprint end

STOP
- Merging on Friday afternoons

CONTINUE
- Mob programming on hard bugs

ACTIONS
- Add acceptance criteria template to Jira (Mia)
- Invite support team to sprint review (Andre)
- Add a merge freeze rule for Fridays to the CI config (Tom, Yusuf)
""",
    G(
        "2025-07-18",
        attendance=att([P("Mia"), P("Andre"), P("Beatriz"), P("Tom"), P("Yusuf")]),
        actions=[
            A("Add acceptance criteria template to Jira", ["Mia"]),
            A("Invite support team to sprint review", ["Andre"]),
            A("Add a merge freeze rule for Fridays to the CI config", ["Tom", "Yusuf"]),
        ],
        sections=[S("START"), S("STOP"), S("CONTINUE")],
    ),
)

# 23 weekly progress table per person
item(
    "t23-progress-table",
    "md",
    """# Group 12 – Weekly meeting – 27/11/2024

Attendees: Sam Whitfield, Rhea Kapoor, Ivo Petrov
Absent: Grace Obi (ill)

## Progress

| Name | Done this week | Next week |
| --- | --- | --- |
| Sam | Literature table | Draft intro section |
| Rhea | Data cleaning script | Exploratory plots |
| Ivo | Poster template | Poster layout |

## Issues
- Grace's part (survey analysis) is behind; Sam will check in with her on Friday.

## Decisions
- Submit the poster on 6/12 rather than at the deadline.
""",
    G(
        "2024-11-27",
        attendance=att([P("Sam Whitfield"), P("Rhea Kapoor"), P("Ivo Petrov")], absent=[P("Grace Obi")]),
        actions=[
            A("Draft intro section", ["Sam Whitfield"]),
            A("Exploratory plots", ["Rhea Kapoor"]),
            A("Poster layout", ["Ivo Petrov"]),
            A("Sam will check in with her on Friday.", ["Sam Whitfield"], DD("2024-11-29"), "Issues"),
        ],
        decisions=[D("Submit the poster on 6/12 rather than at the deadline.")],
        sections=[S("Progress"), S("Issues")],
    ),
)

# 25 standup with per-person headings
item(
    "t25-standup-headings",
    "md",
    """# Standup 2025-03-19

### Lena
- Yesterday: export API
- Today: export API tests
- Blockers: none

### Hamid
- Yesterday: on-call
- Today: alert tuning
- Blockers: need access to the metrics dashboard

### Priscilla
- Yesterday: customer call
- Today: write up call notes

**Follow-ups**
- Lena to give Hamid dashboard access
""",
    G(
        "2025-03-19",
        attendance=att([P("Lena"), P("Hamid"), P("Priscilla")]),
        actions=[A("Lena to give Hamid dashboard access", ["Lena"])],
    ),
)

# 26 research group txt with Action items at end "- Name: task (by 20/3)"
item(
    "t26-research-group",
    "txt",
    """NLP Reading Group - Organising meeting
Date: 6 March 2025
Attendees: Prof. Ines Carvalho (chair), Tobias Lang, Mei Lin, Arthur Boyd
Minutes: Mei Lin

1) Spring schedule
Eight sessions confirmed. Arthur suggested adding one session on evaluation.

2) Speakers
Two external speakers invited, one confirmed. We agreed to pay travel for external speakers.

3) Room booking
The seminar room is free on Tuesdays.

Action items:
- Tobias: book the seminar room for all Tuesdays (by 13/3)
- Arthur: propose papers for the evaluation session
- Mei: update the mailing list
""",
    G(
        "2025-03-06",
        title="NLP Reading Group - Organising meeting",
        chair="Ines Carvalho",
        minute_taker="Mei Lin",
        attendance=att([P("Ines Carvalho", "chair"), P("Tobias Lang"), P("Mei Lin", "minute taker"), P("Arthur Boyd")]),
        actions=[
            A("book the seminar room for all Tuesdays", ["Tobias Lang"], DD("2025-03-13")),
            A("propose papers for the evaluation session", ["Arthur Boyd"]),
            A("update the mailing list", ["Mei Lin"]),
        ],
        decisions=[D("We agreed to pay travel for external speakers.")],
        sections=[S("Spring schedule"), S("Speakers"), S("Room booking")],
    ),
)

# 27 club committee log md (SET ASIDE)
item(
    "t27-club-log",
    "md",
    """# Climbing Club committee

## Committee meeting 4 Sept 2024
**Present:** Ewan, Freya, Kemal, Jodie
**Apologies:** Marta

- Freshers taster sessions: two sessions booked at the wall.
- Decision: taster sessions are free for freshers.
- Freya to design the freshers poster.
- Kemal to check the first-aid kit.

## Committee meeting 18 Sept 2024
**Present:** Ewan, Freya, Marta, Jodie

- 64 people signed up at the fair.
- Marta to order 20 more harnesses by end of September.
- Agreed: trips cost 15 pounds including transport.
""",
    G(
        "2024-09-04",
        attendance=att([P("Ewan"), P("Freya"), P("Kemal"), P("Jodie")], [P("Marta")]),
        actions=[
            A("Freya to design the freshers poster.", ["Freya"]),
            A("Kemal to check the first-aid kit.", ["Kemal"]),
        ],
        decisions=[D("taster sessions are free for freshers.")],
    ),
    G(
        "2024-09-18",
        attendance=att([P("Ewan"), P("Freya"), P("Marta"), P("Jodie")]),
        actions=[A("Marta to order 20 more harnesses by end of September.", ["Marta"], DD("2024-09-30"))],
        decisions=[D("trips cost 15 pounds including transport.")],
    ),
)

# 28 plain text backend sync with Who/Updates/Decisions/TODO
item(
    "t28-backend-sync",
    "txt",
    """Notes - Backend sync - Tue 2025-09-02
Who: Ann, Boris, Chiara, Dev

Updates
- Ann: auth service migrated to the new cluster
- Boris: rate limiter behind a flag
- Chiara: on leave next week

Decisions
- Rate limiter goes to 10% of traffic on Thursday
- Keep the old auth service running until 30 Sept

TODO
- Ann: remove old auth DNS entries after 30 Sept
- Boris: dashboard for rate limiter rejections
- Dev: write load test for the search endpoint
""",
    G(
        "2025-09-02",
        attendance=att([P("Ann"), P("Boris"), P("Chiara"), P("Dev")]),
        actions=[
            A("remove old auth DNS entries after 30 Sept", ["Ann"]),
            A("dashboard for rate limiter rejections", ["Boris"]),
            A("write load test for the search endpoint", ["Dev"]),
        ],
        decisions=[
            D("Rate limiter goes to 10% of traffic on Thursday"),
            D("Keep the old auth service running until 30 Sept"),
        ],
        sections=[S("Updates")],
    ),
)

# 29 student project log md with Present/Absent and task table (2 entries)
item(
    "t29-project-task-table",
    "md",
    """# Team Aurora – Software Engineering Project

### Meeting 3 (Thu 20 Feb 2025)
**Present:** Kiri, Stefan, Halima
**Absent:** Wojtek

**Discussed:**
- Sprint 1 demo went well, tutor asked for better error messages.
- We agreed to move stand-ups to Mondays.

**Tasks:**

| Task | Assigned to | Deadline |
|------|-------------|----------|
| Improve error messages | Stefan | 24/02 |
| Update Gantt chart | Halima | 24/02 |

### Meeting 4 (Thu 27 Feb 2025)
**Present:** Kiri, Stefan, Halima, Wojtek

**Discussed:**
- Wojtek back, took over the reporting module.

**Tasks:**

| Task | Assigned to | Deadline |
|------|-------------|----------|
| Reporting module first version | Wojtek | 06/03 |
""",
    G(
        "2025-02-20",
        attendance=att([P("Kiri"), P("Stefan"), P("Halima")], absent=[P("Wojtek")]),
        actions=[
            A("Improve error messages", ["Stefan"], DD("2025-02-24")),
            A("Update Gantt chart", ["Halima"], DD("2025-02-24")),
        ],
        decisions=[D("We agreed to move stand-ups to Mondays.")],
    ),
    G(
        "2025-02-27",
        attendance=att([P("Kiri"), P("Stefan"), P("Halima"), P("Wojtek")]),
        actions=[A("Reporting module first version", ["Wojtek"], DD("2025-03-06"))],
    ),
)

# 30 team log newest first, bare dates, lowercase labels (SET ASIDE)
item(
    "t30-bare-date-log",
    "txt",
    """data team notes (newest on top)

2024-05-20
attendance: vik, nadia, olu
- dashboard refresh moved to 6am
- nadia: fix the null dates in the sales table
- decided: drop the legacy csv export

2024-05-13
attendance: vik, nadia
- olu on holiday
- vik: ask finance which KPIs they still use
- next steps: document the pipeline in the wiki
""",
    G(
        "2024-05-20",
        attendance=att([P("vik"), P("nadia"), P("olu")]),
        actions=[A("fix the null dates in the sales table", ["nadia"])],
        decisions=[D("drop the legacy csv export")],
    ),
    G(
        "2024-05-13",
        attendance=att([P("vik"), P("nadia")]),
        actions=[A("ask finance which KPIs they still use", ["vik"]), A("document the pipeline in the wiki")],
    ),
)

# 31 sprint review md with Demo/Feedback
item(
    "t31-sprint-review",
    "md",
    """# Sprint Review – Sprint 19
**Date:** 2025-05-30
**Attendees:** Oskar Nilsson, Leah Grant, Devi Sharma, Paolo Conti (stakeholder)

## Demo
- Leah demoed bulk upload.
- Devi demoed the audit log.

## Stakeholder feedback
- Paolo asked for CSV export of the audit log.

## Outcomes
- Agreed: audit log CSV export goes into sprint 20.
- Bulk upload released to all customers on 2 June.

## Next steps
- Oskar will write the CSV export story.
- Leah to monitor upload errors for a week after release.
""",
    G(
        "2025-05-30",
        attendance=att([P("Oskar Nilsson"), P("Leah Grant"), P("Devi Sharma"), P("Paolo Conti", "stakeholder")]),
        actions=[
            A("Oskar will write the CSV export story.", ["Oskar Nilsson"]),
            A("Leah to monitor upload errors for a week after release.", ["Leah Grant"]),
        ],
        decisions=[
            D("audit log CSV export goes into sprint 20."),
            D("Bulk upload released to all customers on 2 June."),
        ],
        sections=[S("Demo"), S("Stakeholder feedback")],
    ),
)

# 32 working group txt with dated tasks inside and Owner | Task | Due pipe table in txt
item(
    "t32-wg-pipes-txt",
    "txt",
    """Accessibility Working Group
Meeting notes, 2 October 2024
Attendees: Naomi Burke (chair), Idris Lawal, Carmen Ruiz, Pete Sandoval

Audit results
The audit found 23 issues, 6 of them critical. Carmen will fix the colour contrast issues by 11 October.

Training
Decision: all frontend staff do the screen-reader training this quarter.

Owner | Task | Due
Idris | Add alt text checks to the linter | 18 Oct
Pete | Schedule screen-reader training | 9 Oct
""",
    G(
        "2024-10-02",
        title="Accessibility Working Group",
        chair="Naomi Burke",
        attendance=att([P("Naomi Burke", "chair"), P("Idris Lawal"), P("Carmen Ruiz"), P("Pete Sandoval")]),
        actions=[
            A(
                "Carmen will fix the colour contrast issues by 11 October.",
                ["Carmen Ruiz"],
                DD("2024-10-11"),
                "Audit results",
            ),
            A("Add alt text checks to the linter", ["Idris Lawal"], DD("2024-10-18")),
            A("Schedule screen-reader training", ["Pete Sandoval"], DD("2024-10-09")),
        ],
        decisions=[D("all frontend staff do the screen-reader training this quarter.")],
        sections=[S("Audit results"), S("Training")],
    ),
)

for name, ext, text, golds in ITEMS:
    (OUT / f"{name}.{ext}").write_text(text, encoding="utf-8")
    if len(golds) == 1:
        (OUT / f"{name}.gold.json").write_text(json.dumps(golds[0], indent=1), encoding="utf-8")
    else:
        for i, g in enumerate(golds, 1):
            (OUT / f"{name}.{i}.gold.json").write_text(json.dumps(g, indent=1), encoding="utf-8")
print(len(ITEMS), "items")

ITEMS2 = []


def item2(*a):
    ITEMS2.append((a[0], a[1], a[2], a[3:]))


# 33 org-mode style log with TODO lines
item2(
    "t33-org-log",
    "txt",
    """#+TITLE: Thesis group meetings

* 2024-02-06 Tue
Present: Joss, Amelie, Ravi
** Discussion
- Draft structure agreed with Ravi's chapter split.
- Amelie found a bug in the preprocessing.
** TODO Amelie: fix the preprocessing bug
** TODO Joss: merge chapter templates

* 2024-02-13 Tue
Present: Joss, Amelie
** Discussion
- Bug fixed, numbers changed slightly.
** TODO Joss: rerun all figures
""",
    G(
        "2024-02-06",
        attendance=att([P("Joss"), P("Amelie"), P("Ravi")]),
        actions=[A("fix the preprocessing bug", ["Amelie"]), A("merge chapter templates", ["Joss"])],
    ),
    G("2024-02-13", attendance=att([P("Joss"), P("Amelie")]), actions=[A("rerun all figures", ["Joss"])]),
)

# 34 week log with dates on a line under the week heading
item2(
    "t34-week-date-lines",
    "md",
    """# Team Orchid – weekly meetings

## Week 1
Date: 3 Oct 2024
Attendees: Lars, Nia, Pedro

- Chose the project: a study-room booking bot.
- Nia will write the project proposal by 10 Oct.

## Week 2
Date: 10 Oct 2024
Attendees: Lars, Nia, Pedro

- Proposal submitted.
- Pedro to set up the Discord test server.
- Lars to draft the database schema.
""",
    G(
        "2024-10-03",
        attendance=att([P("Lars"), P("Nia"), P("Pedro")]),
        actions=[A("Nia will write the project proposal by 10 Oct.", ["Nia"], DD("2024-10-10"))],
    ),
    G(
        "2024-10-10",
        attendance=att([P("Lars"), P("Nia"), P("Pedro")]),
        actions=[
            A("Pedro to set up the Discord test server.", ["Pedro"]),
            A("Lars to draft the database schema.", ["Lars"]),
        ],
    ),
)

# 35 GitHub-issue meeting notes with space-separated handles (SET ASIDE)
item2(
    "t35-issue-notes",
    "md",
    """## Meeting notes 2025-01-15

**Present**: @ttrent @mokoye @sbakr
**Absent**: @jlaine

**Agenda**
- [x] Release 2.3 status
- [x] Triage backlog

### Release 2.3 status
Two blockers left. Decision: release slips one week to 2025-01-22.

### Triage backlog
Closed 14 stale issues.

### Action items
- @mokoye: fix the two release blockers
- @sbakr: write the release announcement
""",
    G(
        "2025-01-15",
        attendance=att([P("@ttrent"), P("@mokoye"), P("@sbakr")], absent=[P("@jlaine")]),
        actions=[A("fix the two release blockers", ["@mokoye"]), A("write the release announcement", ["@sbakr"])],
        decisions=[D("release slips one week to 2025-01-22.")],
        sections=[S("Release 2.3 status"), S("Triage backlog")],
    ),
)

# 36 research group with initials defined in attendance and ACTIONS with initials
item2(
    "t36-initials-actions",
    "txt",
    """Photonics Group Meeting
Thursday 8 May 2025
Attendees: Jane Brown (JB), Omar Saleh (OS), Li Wei (LW), Greta Holm (GH)
Minutes taken by: Li Wei

1. Laser alignment
The new mount reduced drift. OS to document the alignment procedure.

2. Conference travel
Budget allows two people. It was agreed that JB and GH go to the summer conference.

3. Lab safety
GH reminded everyone about goggle checks.

ACTIONS
OS - document alignment procedure
LW - book conference travel for JB and GH by 20 May
ALL - complete the safety refresher
""",
    G(
        "2025-05-08",
        title="Photonics Group Meeting",
        minute_taker="Li Wei",
        attendance=att([P("Jane Brown"), P("Omar Saleh"), P("Li Wei", "minute taker"), P("Greta Holm")]),
        actions=[
            A("document alignment procedure", ["Omar Saleh"]),
            A("book conference travel for JB and GH by 20 May", ["Li Wei"], DD("2025-05-20")),
            A("complete the safety refresher", ["ALL"]),
        ],
        decisions=[D("It was agreed that JB and GH go to the summer conference.")],
        sections=[S("Laser alignment"), S("Conference travel"), S("Lab safety")],
    ),
)

# 37 retro log, two sprints
item2(
    "t37-retro-log",
    "md",
    """# Sprint 21 retro (2025-06-20)
Team: Hugo, Marisol, Tariq, Wren

## Kudos
- Marisol for the migration script

## Improve
- Too many meetings on Wednesdays

## Actions
- Hugo: move the design review to Thursday

# Sprint 22 retro (2025-07-04)
Team: Hugo, Marisol, Tariq

## Kudos
- Tariq for on-call cover

## Improve
- Review queue too long

## Actions
- Wren: propose a review rota
- Tariq: add PR size guidelines to the wiki
""",
    G(
        "2025-06-20",
        attendance=att([P("Hugo"), P("Marisol"), P("Tariq"), P("Wren")]),
        actions=[A("move the design review to Thursday", ["Hugo"])],
    ),
    G(
        "2025-07-04",
        attendance=att([P("Hugo"), P("Marisol"), P("Tariq")]),
        actions=[A("propose a review rota", ["Wren"]), A("add PR size guidelines to the wiki", ["Tariq"])],
    ),
)

# 38 topic table with # | Topic | Discussion | Action | Owner (SET ASIDE)
item2(
    "t38-topic-table",
    "md",
    """# Mobile team meeting
**Date:** 12 March 2025
**Attendees:** Ilse, Magnus, Wanjiru, Corey

| # | Topic | Discussion | Action | Owner |
|---|-------|------------|--------|-------|
| 1 | Crash rate | Up to 1.2% after 4.1 release; mostly Android 12. | Add crash grouping for Android 12 | Magnus |
| 2 | App store review | Rejected once for missing privacy text. | Update privacy text | Wanjiru |
| 3 | Hiring | Two candidates in final round. | | |
""",
    G(
        "2025-03-12",
        title="Mobile team meeting",
        attendance=att([P("Ilse"), P("Magnus"), P("Wanjiru"), P("Corey")]),
        actions=[
            A("Add crash grouping for Android 12", ["Magnus"], None, "Crash rate"),
            A("Update privacy text", ["Wanjiru"], None, "App store review"),
        ],
        sections=[S("Crash rate"), S("App store review"), S("Hiring")],
    ),
)

# 39 1:1 log with yearless day headings under a year title
item2(
    "t39-yearless-log",
    "md",
    """# 1:1 notes – Dana / Kit – 2025

## Mon, Jan 13
- Kit finished onboarding.
- Kit to pair with Sol on the billing service this week.

## Mon, Jan 20
- Billing service fix shipped.
- Dana will ask for Kit's access to production logs.
""",
    G("2025-01-13", actions=[A("Kit to pair with Sol on the billing service this week.", ["Kit"])]),
    G("2025-01-20", actions=[A("Dana will ask for Kit's access to production logs.", ["Dana"])]),
)

# 40 plain team meeting, Decisions made numbered, [Owner] task — due (SET ASIDE by order: 41)
item2(
    "t40-bracket-owners",
    "txt",
    """Outreach team meeting - 4 February 2025
Attendees: Nadia, Kwabena, Sofia, Emil

Decisions made:
1. The school visits start in March.
2. We will use the existing slide deck.

Action items:
[Nadia] draft the teacher survey - 14 Feb
[Kwabena] contact the three schools - 11 Feb
[Sofia, Emil] update the slide deck
""",
    G(
        "2025-02-04",
        attendance=att([P("Nadia"), P("Kwabena"), P("Sofia"), P("Emil")]),
        actions=[
            A("draft the teacher survey", ["Nadia"], DD("2025-02-14")),
            A("contact the three schools", ["Kwabena"], DD("2025-02-11")),
            A("update the slide deck", ["Sofia", "Emil"]),
        ],
        decisions=[D("The school visits start in March."), D("We will use the existing slide deck.")],
    ),
)

# 41 club committee with role lines and Motion (SET ASIDE)
item2(
    "t41-chess-club",
    "md",
    """# Chess Club Committee – 29 January 2025

**Chair:** Ilya Petrenko
**Secretary:** Gemma Rowe
**Present:** Ilya Petrenko, Gemma Rowe, Sandeep Gill, Lotte Dam

## Tournament
- Entries close 15 February.
- Motion to raise the entry fee to 8 pounds: proposed Sandeep, seconded Lotte. Carried.

## Equipment
- Four clocks are broken.
- Lotte to buy four new clocks before the tournament.

## AOB
- None.
""",
    G(
        "2025-01-29",
        title="Chess Club Committee",
        chair="Ilya Petrenko",
        minute_taker="Gemma Rowe",
        attendance=att([P("Ilya Petrenko", "chair"), P("Gemma Rowe", "secretary"), P("Sandeep Gill"), P("Lotte Dam")]),
        actions=[A("Lotte to buy four new clocks before the tournament.", ["Lotte Dam"], None, "Equipment")],
        decisions=[
            D("Motion to raise the entry fee to 8 pounds: proposed Sandeep, seconded Lotte. Carried.", "motion")
        ],
        sections=[S("Tournament"), S("Equipment"), S("AOB", "aob")],
    ),
)

for name, ext, text, golds in ITEMS2:
    (OUT / f"{name}.{ext}").write_text(text, encoding="utf-8")
    if len(golds) == 1:
        (OUT / f"{name}.gold.json").write_text(json.dumps(golds[0], indent=1), encoding="utf-8")
    else:
        for i, g in enumerate(golds, 1):
            (OUT / f"{name}.{i}.gold.json").write_text(json.dumps(g, indent=1), encoding="utf-8")
print(len(ITEMS2), "more items")
