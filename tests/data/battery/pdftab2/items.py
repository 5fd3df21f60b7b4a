# ruff: noqa: E501  (data: one invented minutes document after another)
"""The items of the pdftab2 battery (see make.py). Every body, person and place is invented."""

from __future__ import annotations

from make import action, h, p, table, write

STATUS = {"open": "open", "not started": "open", "in progress": "in_progress", "ongoing": "in_progress",
          "done": "done", "complete": "done", "completed": "done"}


def acts(head: list[str], aligns: str, cols: str, rows: list[tuple], year: int, how: str = "align") -> tuple[str, list[dict]]:
    """An action table and its gold. `cols` names each column: n(umber), t(ext), o(wner), d(ue), s(tatus).
    A row is (ref, text, owner cell, [gold owners], due cell, status cell); ref/status may be None."""
    html_rows, gold = [], []
    for ref, text, owner, owners, due_cell, status in rows:
        vals = {"n": ref or "", "t": text, "o": owner, "d": due_cell or "", "s": status or ""}
        html_rows.append([vals[c] for c in cols])
        a = action(text, owners, due_cell if due_cell and due_cell.lower() not in STATUS else None, year,
                   ref if "n" in cols else None)
        if status:
            a["status"] = STATUS[status.lower()]
        gold.append(a)
    return table(head, html_rows, aligns, how), gold


def people(head: list[str], aligns: str, rows: list[tuple], how: str = "align") -> tuple[str, dict]:
    """An attendance table Name | Role | Present and its gold (Yes: present, Apologies: apologies,
    In attendance: in_attendance)."""
    att: dict = {"present": [], "apologies": [], "absent": [], "in_attendance": []}
    where = {"yes": "present", "apologies": "apologies", "in attendance": "in_attendance", "absent": "absent", "no": "absent"}
    for name, role, mark in rows:
        entry = {"name": name}
        if role:
            entry["role"] = role.lower()
        att[where[mark.lower()]].append(entry)
    return table(head, [[n, r or "", m] for n, r, m in rows], aligns, how), att


def decs(head: list[str], aligns: str, rows: list[tuple], how: str = "align") -> tuple[str, list[dict]]:
    """A decision log No. | Decision | Date."""
    return (table(head, [list(r) for r in rows], aligns, how),
            [{"text": r[1], "outcome": "carried"} for r in rows])


FILLER = [
    "The group reviewed progress since the last meeting and noted that most items were on track.",
    "Members discussed the timetable for the coming term and the availability of volunteers.",
    "It was noted that the budget remains within the limits set at the start of the year.",
    "Several members raised the need for clearer communication with partner organisations.",
    "The chair thanked everyone for their contributions over a busy period.",
]


def build() -> None:  # noqa: PLR0915
    # 1 student software team: Task | Assigned To | Due Date, centred owner and due
    t, g = acts(["Task", "Assigned To", "Due Date"], "lcc", "tod", [
        (None, "Update chatbox functionality", "Wen Li", ["Wen Li"], "12 Mar 2025", None),
        (None, "Write unit tests for the login page", "Marcus Bell", ["Marcus Bell"], "14 Mar 2025", None),
        (None, "Prepare slides for the client demo", "Aisha Rahman", ["Aisha Rahman"], "17 Mar 2025", None),
        (None, "Fix the broken deployment script", "Tomasz Nowak", ["Tomasz Nowak"], "12 Mar 2025", None),
    ], 2025)
    write(1, "Team Orbit Weekly Meeting", [p("Date: 10 March 2025"), p("Attendees: Wen Li, Marcus Bell, Aisha Rahman, Tomasz Nowak"),
          h("Progress"), p("The team demoed the new dashboard to the tutor."), h("Action Items"), t], {"actions": g})

    # 2 parish council: Action | Owner | Due, owner centred, due right
    t, g = acts(["Action", "Owner", "Due"], "lcr", "tod", [
        (None, "Obtain quotes for repairing the bus shelter roof", "Clerk", ["Clerk"], "30 April", None),
        (None, "Write to the highways authority about the pothole on Mill Lane", "Clerk", ["Clerk"], "15 April", None),
        (None, "Arrange the annual litter pick with the primary school", "Cllr Fenwick", ["Joan Fenwick"], "Next meeting", None),
        (None, "Check the play area inspection report", "Cllr Ashdown", ["Peter Ashdown"], "30 April", None),
    ], 2026)
    write(2, "Thornbury Green Parish Council", [p("Minutes of the meeting held on 8 April 2026 at the Village Hall"),
          p("Present: Cllr Joan Fenwick (Chair), Cllr Peter Ashdown, Cllr Sita Rao"), p("In attendance: the Clerk and two members of the public"),
          h("Highways"), p("Residents have reported a deep pothole outside the shop."), h("Summary of actions"), t], {"actions": g})

    # 3 charity trustees: Task | Assigned To | Deadline | Status, all but task centred, style attr
    t, g = acts(["Task", "Assigned To", "Deadline", "Status"], "lccc", "tods", [
        (None, "Renew the insurance policy for the warehouse", "Grace Okafor", ["Grace Okafor"], "31/05/2026", "In progress"),
        (None, "Recruit two new volunteer drivers", "Ben Hollis", ["Ben Hollis"], "30/06/2026", "Open"),
        (None, "Submit the quarterly return to the regulator", "Grace Okafor", ["Grace Okafor"], "15/05/2026", "Done"),
        (None, "Draft a new safeguarding policy for youth volunteers", "Nadia Kaur", ["Nadia Kaur"], "30/06/2026", "Open"),
    ], 2026, how="style")
    write(3, "Harbour Food Bank Trustees Meeting", [p("12 May 2026, 6.30pm, Community Room"),
          p("Present: Grace Okafor (Chair), Ben Hollis (Treasurer), Nadia Kaur, Ollie Grant"),
          h("Warehouse"), p("The lease renewal was discussed."), h("Action log"), t], {"actions": g})

    # 4 school governors: attendance table centred Present column + action table
    ta, att = people(["Name", "Role", "Present"], "lcc", [
        ("Helen Price", "Chair", "Yes"), ("David Moss", "Vice-Chair", "Yes"), ("Rachel Green", "Clerk", "In attendance"),
        ("Imran Shah", None, "Yes"), ("Lorna Kemp", None, "Apologies"), ("Steve Adeyemi", None, "Yes"),
    ])
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", [
        (None, "Circulate the draft school improvement plan", "Helen Price", ["Helen Price"], "20 January 2026", None),
        (None, "Visit the school to review the reading scheme", "Imran Shah", ["Imran Shah"], "13 February 2026", None),
    ], 2026)
    write(4, "St Aidan's Primary School Full Governing Body", [p("Meeting held on 14 January 2026"), h("Attendance"), ta,
          h("Headteacher's report"), p("Pupil numbers are stable."), h("Actions"), t], {"actions": g, "attendance": att})

    # 5 open-source steering: No. | Decision | Date, No. centred, date right
    t, g = decs(["No.", "Decision", "Date"], "clr", [
        ("1", "Version 4.0 will drop support for the old plugin interface.", "3 Feb 2026"),
        ("2", "The project will move its chat from IRC to a hosted Matrix room.", "3 Feb 2026"),
        ("3", "Security releases will be announced one week in advance.", "3 Feb 2026"),
    ])
    write(5, "Lattice Project Steering Committee", [p("Meeting of 3 February 2026"), p("Attendees: Ana Ruiz, Kofi Mensah, Li Na, Jonas Berg"),
          h("Roadmap"), p("The group reviewed the plan for the next major release."), h("Decision log"), t], {"decisions": g})

    # 6 rugby club committee: Action | Owner | Due with numbered refs, refs centred, owners centred, due centred
    t, g = acts(["#", "Action", "Owner", "Due"], "clcc", "ntod", [
        ("1", "Book the minibus for the away fixture at Castleford", "Gary", ["Gary Doyle"], "ASAP", None),
        ("2", "Order new training bibs and cones", "Mel", ["Melanie Shaw"], "28/02/2026", None),
        ("3", "Send the fixture list to the local paper", "Gary", ["Gary Doyle"], "20/02/2026", None),
        ("4", "Chase unpaid subscriptions from last season", "Priya", ["Priya Lal"], "Next meeting", None),
    ], 2026)
    write(6, "Westfield Rugby Club Committee", [p("Minutes of committee meeting, 16 February 2026, clubhouse"),
          p("Present: Gary Doyle (Chair), Melanie Shaw (Secretary), Priya Lal (Treasurer), Ian Ross"),
          h("Fixtures"), p("Three away games remain this season."), h("Actions"), t], {"actions": g})

    # 7 university research group: wrapping text, two owners, right-aligned due
    t, g = acts(["Action", "Owner(s)", "Due"], "lcr", "tod", [
        (None, "Finish the revised draft of the methods chapter, including the new sampling section requested by the reviewers", "Sofia / Daniel", ["Sofia Marin", "Daniel Kwame"], "27 March 2026", None),
        (None, "Book the lab for the pilot sessions in April", "Hana", ["Hana Ito"], "20 March 2026", None),
        (None, "Ask the ethics committee whether the consent form needs a new version number", "Daniel", ["Daniel Kwame"], "20 March 2026", None),
    ], 2026)
    write(7, "Cognition Lab Group Meeting", [p("Date: 13 March 2026"), p("Present: Prof. Ruth Adler, Sofia Marin, Daniel Kwame, Hana Ito"),
          h("Paper revisions"), p("Reviewer comments were mostly positive."), h("Actions"), t], {"actions": g})

    # 8 church council: Task | Who | When | Status, who/when/status centred, some wrap
    t, g = acts(["Task", "Who", "When", "Status"], "lccc", "tods", [
        (None, "Get the boiler serviced before the winter and ask the engineer to check the radiators in the vestry", "Churchwardens", ["Churchwardens"], "31 October", "Open"),
        (None, "Update the rota for coffee after the Sunday service", "Maureen Platt", ["Maureen Platt"], "Next meeting", "In progress"),
        (None, "Order the candles for the carol service", "Rev. Alan Cross", ["Alan Cross"], "30 November", "Open"),
    ], 2026)
    write(8, "St Mary's Parochial Church Council", [p("Meeting held 22 September 2026 in the church hall"),
          p("Present: Rev. Alan Cross (Chair), Maureen Platt (Secretary), Derek Young (Treasurer), Joy Evans"),
          h("Fabric"), p("The boiler was noisy at the last service."), h("Action list"), t], {"actions": g})

    # 9 housing association board: attendance table with right-aligned present, decision log
    ta, att = people(["Name", "Role", "Present"], "lcr", [
        ("Patricia Olsen", "Chair", "Yes"), ("Mohammed Idris", "Treasurer", "Yes"), ("Claire Dunn", "Secretary", "Yes"),
        ("Victor Hale", None, "Apologies"), ("Ruth Mbeki", None, "Yes"),
    ])
    t, g = decs(["No.", "Decision", "Date"], "crr", [
        ("D1", "The rent increase for 2026/27 was approved at 3 per cent.", "18/03/2026"),
        ("D2", "The board agreed to appoint a new repairs contractor from April.", "18/03/2026"),
    ])
    write(9, "Elm Court Housing Co-operative Board", [p("Board meeting, 18 March 2026"), h("Attendance"), ta,
          h("Finance"), p("The treasurer presented the budget."), h("Decisions"), t], {"decisions": g, "attendance": att})

    # 10 long action table running onto a second page, centred owner/due
    rows = [(None, f"{verb} {obj}", who, [full], d, None) for verb, obj, who, full, d in [
        ("Review", "the volunteer handbook", "Kate", "Kate Morris", "5 June"),
        ("Contact", "the council about the community grant", "Sam", "Sam Ellis", "12 June"),
        ("Prepare", "the summer newsletter", "Jo", "Jo Pearce", "19 June"),
        ("Update", "the website events page", "Sam", "Sam Ellis", "5 June"),
        ("Book", "the marquee for the fun day", "Kate", "Kate Morris", "1 June"),
        ("Confirm", "first aid cover for the fun day", "Jo", "Jo Pearce", "19 June"),
        ("Send", "thank-you letters to sponsors", "Kate", "Kate Morris", "26 June"),
        ("Check", "the insurance covers the bouncy castle", "Tariq", "Tariq Aziz", "12 June"),
        ("Print", "posters for the fun day", "Tariq", "Tariq Aziz", "19 June"),
        ("Arrange", "a litter pick after the fun day", "Jo", "Jo Pearce", "3 July"),
    ]]
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", rows, 2026)
    blocks = [p("Meeting held 28 May 2026 at the Community Centre"), p("Present: Kate Morris (Chair), Sam Ellis, Jo Pearce, Tariq Aziz")]
    for i in range(6):
        blocks += [h(f"Update {i + 1}"), *[p(x) for x in FILLER]]
    write(10, "Brookside Residents Association", blocks + [h("Actions"), t], {"actions": g})

    # 11 student society: Task | Assigned To | Deadline | Status all centred except task, slash dates
    t, g = acts(["Task", "Assigned To", "Deadline", "Status"], "lccc", "tods", [
        (None, "Book the room for the freshers' social", "Elif", ["Elif Demir"], "01/09/2026", "Done"),
        (None, "Design the society hoodie", "Callum", ["Callum Reid"], "15/09/2026", "In progress"),
        (None, "Email the alumni list about the careers night", "Zara", ["Zara Hussain"], "20/09/2026", "Not started"),
    ], 2026)
    write(11, "Chemistry Society Committee Meeting", [p("Date: 25 August 2026"), p("Present: Elif Demir (President), Callum Reid, Zara Hussain"),
          h("Freshers' week"), p("Plans for the stall were agreed."), h("Tasks"), t], {"actions": g})

    # 12 sports league AGM: right-aligned numbers, centred owner
    t, g = acts(["Ref", "Action", "Owner", "Due"], "rlcr", "ntod", [
        ("1.1", "Publish the new league rules on the website", "Secretary", ["Secretary"], "30 June", None),
        ("1.2", "Invoice clubs for affiliation fees", "Treasurer", ["Treasurer"], "15 July", None),
        ("2.1", "Find a venue for the cup final", "Chair", ["Chair"], "31 July", None),
    ], 2026)
    write(12, "Valley Darts League Annual General Meeting", [p("Held 10 June 2026 at the Crown Inn"),
          p("Present: Roy Tate (Chair), Linda Moor (Secretary), Keith Burn (Treasurer) and representatives of eight clubs"),
          h("Rules"), p("The rules were revised."), h("Actions arising"), t], {"actions": g})

    # 13 NHS-style patient group: centred headers and owner, right due, with wrapping owner cell
    t, g = acts(["Action", "Lead", "Target date"], "lcr", "tod", [
        (None, "Survey patients about the new online booking system", "Practice Manager", ["Practice Manager"], "31 October 2026", None),
        (None, "Put the group's notice board back up in the waiting room", "Brenda Walsh", ["Brenda Walsh"], "15 October 2026", None),
        (None, "Invite the pharmacist to the next meeting", "Frank Hill", ["Frank Hill"], "Next meeting", None),
    ], 2026)
    write(13, "Oakfield Surgery Patient Participation Group", [p("Meeting on 1 October 2026"),
          p("Present: Frank Hill (Chair), Brenda Walsh, Ama Boateng, Practice Manager"),
          h("Online booking"), p("Some patients find the new system hard to use."), h("Actions"), t], {"actions": g})

    # 14 two tables: attendance (centred) and actions (centred), style attr
    ta, att = people(["Name", "Role", "Present"], "ccc", [
        ("Olga Petrova", "Chair", "Yes"), ("Sean Murphy", "Secretary", "Yes"), ("Yusuf Ali", "Treasurer", "Apologies"),
        ("Bethan Lloyd", None, "Yes"),
    ], how="style")
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", [
        (None, "Renew the hall booking for the autumn", "Sean Murphy", ["Sean Murphy"], "30 August 2026", None),
        (None, "Ask members for new choir pieces", "Bethan Lloyd", ["Bethan Lloyd"], "Next meeting", None),
    ], 2026, how="style")
    write(14, "Riverside Community Choir Committee", [p("Committee meeting, 4 August 2026"), h("Attendance"), ta,
          h("Concert review"), p("The summer concert raised a good sum."), h("Actions"), t], {"actions": g, "attendance": att})

    # 15 tech startup board: decision log with centred number and right date, and actions
    td, gd = decs(["No.", "Decision", "Date"], "ccr", [
        ("1", "The board approved the budget for the second half of the year.", "9 July 2026"),
        ("2", "Hiring of two additional engineers was approved.", "9 July 2026"),
    ])
    t, g = acts(["Action", "Owner", "Due"], "lrr", "tod", [
        (None, "Circulate the revised hiring plan", "Mira Sato", ["Mira Sato"], "16 July 2026", None),
        (None, "Prepare the investor update", "Leo Grant", ["Leo Grant"], "31 July 2026", None),
    ], 2026)
    write(15, "Northwind Analytics Ltd Board Meeting", [p("9 July 2026, video call"), p("Present: Mira Sato (Chair), Leo Grant, Ines Duarte"),
          h("Budget"), p("The CFO presented the forecast."), h("Decisions"), td, h("Actions"), t], {"actions": g, "decisions": gd})

    # 16 town council committee: long table with wrapping cells running onto page 2
    rows = [
        (None, "Obtain three quotes for resurfacing the car park behind the library, including the disabled bays", "Town Clerk", ["Town Clerk"], "30 September", None),
        (None, "Report the broken street light on Station Road to the county council", "Town Clerk", ["Town Clerk"], "ASAP", None),
        (None, "Arrange a site meeting with the allotment holders about the water supply", "Cllr Bishop", ["Martin Bishop"], "15 September", None),
        (None, "Draft a response to the consultation on the local plan, to be circulated to all members before the next meeting", "Cllr Okoro", ["Grace Okoro"], "Next meeting", None),
        (None, "Order two new litter bins for the recreation ground", "Cllr Hale", ["Ruth Hale"], "30 September", None),
        (None, "Check the war memorial for damage after the storm", "Cllr Bishop", ["Martin Bishop"], "15 September", None),
    ]
    t, g = acts(["Action", "Responsible", "By when"], "lcc", "tod", rows, 2026)
    blocks = [p("Meeting of the Environment Committee held on 2 September 2026"), p("Present: Cllr Grace Okoro (Chair), Cllr Martin Bishop, Cllr Ruth Hale"),
              p("In attendance: Town Clerk")]
    for i in range(7):
        blocks += [h(f"Item {i + 1}"), *[p(x) for x in FILLER]]
    write(16, "Ashbury Town Council", blocks + [h("Action schedule"), t], {"actions": g})

    # 17 scouts group executive: Action | Owner | Due centred + right, first names resolved
    t, g = acts(["Action", "Owner", "Due"], "lcr", "tod", [
        (None, "Renew the DBS checks for new leaders", "Fiona", ["Fiona Baird"], "31/01/2027", None),
        (None, "Fix the hut's back door lock", "Alan", ["Alan Cho"], "15/12/2026", None),
        (None, "Plan the spring camp budget", "Nina", ["Nina Shah"], "31/01/2027", None),
    ], 2026)
    write(17, "7th Hillford Scout Group Executive Committee", [p("Meeting held 30 November 2026"),
          p("Present: Fiona Baird (Chair), Alan Cho (Treasurer), Nina Shah (Secretary), Group Scout Leader"),
          h("Hut"), p("The back door does not lock."), h("Actions"), t], {"actions": g})

    # 18 museum friends: Task | Assigned To | Deadline | Status right-aligned deadline, centred status
    t, g = acts(["Task", "Assigned To", "Deadline", "Status"], "lcrc", "tods", [
        (None, "Send the membership renewal letters", "Membership Secretary", ["Membership Secretary"], "1 March 2027", "Open"),
        (None, "Book speakers for the spring talks", "Hilary Dean", ["Hilary Dean"], "15 February 2027", "In progress"),
        (None, "Audit the gift shop stock", "Treasurer", ["Treasurer"], "31 January 2027", "Complete"),
    ], 2027)
    write(18, "Friends of the Canal Museum", [p("Committee meeting held 12 January 2027"),
          p("Present: Hilary Dean (Chair), Tom Walker (Treasurer), Anne Cole (Membership Secretary)"),
          h("Talks programme"), p("Three speakers have been approached."), h("Task list"), t], {"actions": g})

    # 19 hackathon team: Task | Assigned To | Due Date all centred (the renderings case)
    t, g = acts(["Task", "Assigned To", "Due Date"], "ccc", "tod", [
        (None, "Set up the database schema", "Ravi Nair", ["Ravi Nair"], "5 Apr 2026", None),
        (None, "Build the landing page", "Chloe Dubois", ["Chloe Dubois"], "6 Apr 2026", None),
        (None, "Record the demo video", "Sam Ortiz", ["Sam Ortiz"], "7 Apr 2026", None),
    ], 2026)
    write(19, "Team Pixel Sprint Planning", [p("Date: 4 April 2026"), p("Members present: Ravi Nair, Chloe Dubois, Sam Ortiz"),
          h("Sprint goal"), p("Ship a working prototype by Tuesday."), h("Tasks"), t], {"actions": g})

    # 20 allotment society: decision log number centred, decision left, date centred; plus actions centred
    td, gd = decs(["No.", "Decision", "Date"], "clc", [
        ("1", "Plot rents will stay the same for next year.", "14/10/2026"),
        ("2", "Bonfires will only be allowed in November.", "14/10/2026"),
        ("3", "The society will buy a second strimmer.", "14/10/2026"),
    ])
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", [
        (None, "Buy the strimmer", "Raj", ["Raj Singh"], "31 October", None),
        (None, "Put a notice about bonfires on the gate", "Sue", ["Sue Lamb"], "21 October", None),
    ], 2026)
    write(20, "Meadow Lane Allotment Society", [p("Committee meeting on 14 October 2026"),
          p("Present: Bill Hart (Chair), Sue Lamb (Secretary), Raj Singh (Treasurer)"),
          h("Rents"), p("Rents were reviewed."), h("Decisions"), td, h("Actions"), t], {"actions": g, "decisions": gd})

    # 21 university department: actions with two-line owner cells and right-aligned due
    t, g = acts(["Action", "Owner", "Due"], "lcr", "tod", [
        (None, "Revise the module handbook for second-year students", "Dr Eleanor Vance", ["Eleanor Vance"], "1 September 2026", None),
        (None, "Confirm the external examiner for the MSc programme", "Head of Department", ["Head of Department"], "30 June 2026", None),
        (None, "Collect reading lists from all module leaders and send them to the library", "Dr Kwesi Owusu", ["Kwesi Owusu"], "15 July 2026", None),
    ], 2026)
    write(21, "Department of Geography Teaching Committee", [p("Meeting of 10 June 2026"),
          p("Present: Prof. Mark Liddle (Head of Department, Chair), Dr Eleanor Vance, Dr Kwesi Owusu, Ms Jan Fry (Administrator)"),
          h("Module review"), p("Student feedback was discussed."), h("Actions"), t], {"actions": g})

    # 22 tenants association: attendance table alone, all columns centred
    ta, att = people(["Name", "Role", "Present"], "ccc", [
        ("Gloria Mendes", "Chair", "Yes"), ("Peter Novak", "Secretary", "Yes"), ("Amina Yusuf", "Treasurer", "Yes"),
        ("Derek Shaw", None, "Apologies"), ("Li Wei", None, "Yes"), ("Carmen Ortiz", None, "Apologies"),
    ])
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", [
        (None, "Write to the landlord about the lift repairs", "Peter Novak", ["Peter Novak"], "20 November 2026", None),
        (None, "Collect signatures for the petition", "Li Wei", ["Li Wei"], "Next meeting", None),
    ], 2026)
    write(22, "Tower Court Tenants Association", [p("Meeting held 12 November 2026"), h("Attendance"), ta,
          h("Lift"), p("The lift has been out of order for two weeks."), h("Actions"), t], {"actions": g, "attendance": att})

    # 23 arts festival: long table with status, running onto a second page
    rows = [(None, text, who, [full], d, s) for text, who, full, d, s in [
        ("Confirm the headline act", "Jess", "Jess Carter", "1 May", "Done"),
        ("Book the sound engineer", "Omar", "Omar Haddad", "15 May", "In progress"),
        ("Apply for the street closure licence", "Jess", "Jess Carter", "1 May", "Open"),
        ("Design the festival programme", "Lena", "Lena Vogel", "31 May", "Open"),
        ("Recruit stewards for both days", "Omar", "Omar Haddad", "15 June", "Open"),
        ("Arrange portable toilets", "Phil", "Phil Marsh", "1 June", "Open"),
        ("Order wristbands", "Lena", "Lena Vogel", "1 June", "In progress"),
        ("Agree the food stall pitch fees", "Phil", "Phil Marsh", "15 May", "Done"),
    ]]
    t, g = acts(["Task", "Assigned To", "Deadline", "Status"], "lccc", "tods", rows, 2026)
    blocks = [p("Planning meeting, 20 April 2026"), p("Present: Jess Carter (Chair), Omar Haddad, Lena Vogel, Phil Marsh")]
    for i in range(7):
        blocks += [h(f"Area {i + 1}"), *[p(x) for x in FILLER]]
    write(23, "Millbrook Arts Festival Committee", blocks + [h("Task tracker"), t], {"actions": g})

    # 24 school council (pupils): small table all right-aligned except action
    t, g = acts(["Action", "Who", "When"], "lrr", "tod", [
        (None, "Ask the cook about a new pizza day", "Year 6 reps", ["Year 6 reps"], "Next meeting", None),
        (None, "Make posters for the charity bake sale", "Year 4 reps", ["Year 4 reps"], "6 March 2026", None),
    ], 2026)
    write(24, "Greenhill Junior School Council", [p("Meeting on 27 February 2026"), p("Present: Mrs Tilly Ford (teacher), Year 6 reps, Year 5 reps, Year 4 reps"),
          h("Lunches"), p("Pupils would like more choice."), h("Actions"), t], {"actions": g})

    # ---- documents WITHOUT tables ----
    # 25 centred title block and centred signature block; actions as prose
    write(25, "Lowfield Village Hall Management Committee", [
        p("Minutes of the meeting held on 5 March 2026", "center"), p("at 7.30pm in the Small Hall", "center"),
        p("Present: Ken Blake (Chair), Sally Watts (Secretary), Ron Fisher"),
        h("Bookings"), p("Bookings are up on last year. Sally to update the booking calendar on the website by 20 March."),
        h("Maintenance"), p("The guttering needs clearing. Ron to arrange a contractor."),
        p("Signed ........................", "center"), p("Chair", "center"), p("Date ........................", "center"),
    ], {"actions": [
        {"text": "update the booking calendar on the website by 20 March", "owners": ["Sally Watts"], "due": {"kind": "date", "date": "2026-03-20"}},
        {"text": "arrange a contractor", "owners": ["Ron Fisher"], "due": None}]}, centre_title=True)

    # 26 two-column-looking list of names and roles as centred lines, justified paragraphs
    just = ("The committee considered at length the proposals for the refurbishment of the pavilion, weighing the cost of the work against the benefit "
            "to members and the wider community, and noted that the grant available would cover a substantial part of the work if the application were made before the end of the financial year.")
    write(26, "Eastgate Cricket Club Committee", [
        p("Meeting held 18 January 2026", "center"),
        p("Attendance", "center"), p("Neil Harper — Chair", "center"), p("Diane Fox — Secretary", "center"), p("Owen Price — Treasurer", "center"),
        h("Pavilion"), f'<p align="justify">{just}</p>', f'<p align="justify">{just}</p>',
        p("ACTION: Diane to submit the grant application by 28 February."),
    ], {"actions": [{"text": "submit the grant application by 28 February", "owners": ["Diane Fox"], "due": {"kind": "date", "date": "2026-02-28"}}]},
        centre_title=True)

    # 27 right-aligned date/address block and centred headings; decisions in prose
    write(27, "Northside Allotment Holders", [
        p("Northside Community Hub", "right"), p("12 Park Road", "right"), p("Tuesday 3 November 2026", "right"),
        p("Present: Jean Marsh (Chair), Tony Vale, Asha Patel"),
        h("Water charges"), p("It was agreed that water charges would rise by £5 a plot."),
        h("Skip hire"), p("It was agreed to hire a skip for the spring clear-out."),
        p("Jean Marsh", "right"), p("Chair", "right"),
    ], {"decisions": [{"text": "It was agreed that water charges would rise by £5 a plot.", "outcome": "carried"},
                      {"text": "It was agreed to hire a skip for the spring clear-out.", "outcome": "carried"}], "actions": []})

    # 28 a centred poem-like notice and centred short lines, no tables
    write(28, "Hollybush Book Club", [
        p("Meeting of 9 September 2026", "center"),
        p("Present: Mia Tran, Colin Reeves, Ruth Abbot"),
        h("This month's book"), p("Everyone enjoyed the novel, though the ending divided opinion."),
        p("Next month", "center"), p("The Quiet Harbour", "center"), p("by an author new to the club", "center"),
        p("Colin will bring copies from the library."),
    ], {"actions": [{"text": "bring copies from the library", "owners": ["Colin Reeves"], "due": None}]}, centre_title=True)

    # 29 names and roles as a left list with many rows (like two columns), justified text
    write(29, "Fernside Tennis Club AGM", [
        p("Annual General Meeting held on 2 April 2026"),
        p("Present:"), p("Gwen Hughes, Chair"), p("Rob Stanley, Secretary"), p("Maya Lin, Treasurer"), p("Chris Doyle, Coach"),
        h("Officers' reports"), f'<p align="justify">{FILLER[0]} {FILLER[1]} {FILLER[2]} {FILLER[3]}</p>',
        h("Courts"), f'<p align="justify">{FILLER[2]} {FILLER[4]} {FILLER[1]}</p>',
        p("Rob to circulate the new court booking rules by 30 April."),
    ], {"actions": [{"text": "circulate the new court booking rules by 30 April", "owners": ["Rob Stanley"], "due": {"kind": "date", "date": "2026-04-30"}}]})

    # 30 centred title block, centred agenda headings, prose actions with ACTION labels
    write(30, "Kingsmead Neighbourhood Watch", [
        p("Minutes", "center"), p("Wednesday 14 October 2026", "center"), p("The Red Lion, back room", "center"),
        p("Present: Harold Finch (Coordinator), Pat Greene, Sunil Rao"),
        '<h2 align="center">Recent incidents</h2>', p("Two sheds were broken into on Elm Road."),
        p("ACTION: Pat Greene to contact the police community support officer."),
        '<h2 align="center">Signage</h2>', p("New signs are needed at the estate entrance."),
        p("ACTION: Sunil Rao to price new signs."),
    ], {"actions": [{"text": "Pat Greene to contact the police community support officer.", "owners": ["Pat Greene"], "due": None},
                    {"text": "Sunil Rao to price new signs.", "owners": ["Sunil Rao"], "due": None}]}, centre_title=True)
    build_long()
    build_more_plain()


def build_long(pads: tuple[int, int, int] = (22, 22, 22)) -> None:
    """Tables that run onto a second page (LibreOffice repeats the header there): the paragraphs
    before each are as many as push its first rows to the foot of page one."""
    # 31 charity: Action | Owner | Due, owner and due centred
    rows = [(None, text, who, [full], d, None) for text, who, full, d in [
        ("Renew the public liability insurance", "Dee", "Dee Hart", "1 March"), ("Book the hall for the quiz night", "Ken", "Ken Obi", "15 February"),
        ("Print the new leaflets", "Dee", "Dee Hart", "1 March"), ("Update the volunteer rota", "Lou", "Lou Fell", "8 February"),
        ("Chase the gift aid claim", "Ken", "Ken Obi", "28 February"), ("Order tea urns", "Lou", "Lou Fell", "15 February"),
        ("Write to the mayor about the summer fete", "Dee", "Dee Hart", "1 March"), ("Collect raffle prizes", "Ken", "Ken Obi", "Next meeting"),
        ("Check the first aid kit", "Lou", "Lou Fell", "8 February"), ("Post the accounts on the website", "Ken", "Ken Obi", "1 March"),
    ]]
    t, g = acts(["Action", "Owner", "Due"], "lcc", "tod", rows, 2027)
    write(31, "Friends of Hollins Park", [p("Committee meeting, 26 January 2027"), p("Present: Dee Hart (Chair), Ken Obi (Treasurer), Lou Fell"),
          h("Reports"), *[p(FILLER[i % 5]) for i in range(pads[0])], h("Actions"), t], {"actions": g})

    # 32 student union: Task | Assigned To | Deadline | Status, wrapping tasks
    rows = [(None, text, who, [full], d, s) for text, who, full, d, s in [
        ("Draft the motion on library opening hours for the next student council", "Ife", "Ife Bello", "10/02/2027", "Open"),
        ("Contact the catering manager about vegan options in the main canteen", "Jon", "Jon Park", "12/02/2027", "In progress"),
        ("Book rooms for the welfare week workshops", "Ife", "Ife Bello", "05/02/2027", "Done"),
        ("Prepare the budget request for the sports clubs", "Ana", "Ana Silva", "19/02/2027", "Open"),
        ("Organise volunteers for the open day stall and send them the briefing pack", "Jon", "Jon Park", "26/02/2027", "Open"),
        ("Update the union's social media banners", "Ana", "Ana Silva", "12/02/2027", "In progress"),
        ("Survey students about the late night bus", "Ife", "Ife Bello", "26/02/2027", "Open"),
    ]]
    t, g = acts(["Task", "Assigned To", "Deadline", "Status"], "lccc", "tods", rows, 2027, how="style")
    write(32, "Students' Union Executive", [p("Meeting of 1 February 2027"), p("Present: Ife Bello (President), Jon Park, Ana Silva"),
          h("Officer updates"), *[p(FILLER[i % 5]) for i in range(pads[1])], h("Tasks"), t], {"actions": g})

    # 33 choir AGM: attendance table Name | Role | Present centred, long
    names = [("Ivy Lamb", "Chair", "Yes"), ("Noel Grey", "Secretary", "Yes"), ("Pam Ruiz", "Treasurer", "Yes"), ("Ash Khan", None, "Yes"),
             ("Bea Moss", None, "Apologies"), ("Cal Ward", None, "Yes"), ("Dot Fine", None, "Yes"), ("Eli Shaw", None, "Apologies"),
             ("Fay Ross", None, "Yes"), ("Gus Hale", None, "Yes"), ("Hal Pike", None, "Yes"), ("Isla Dunn", None, "Yes")]
    ta, att = people(["Name", "Role", "Present"], "lcc", names)
    write(33, "Westbury Male and Ladies Choir AGM", [p("Annual general meeting held 3 March 2027"),
          h("Notes"), *[p(FILLER[i % 5]) for i in range(pads[2])], h("Attendance"), ta], {"attendance": att})


def build_more_plain() -> None:
    """Two more documents without tables: a bold line with a wide gap in it ("Chair's report ...
    Helen Price", typed with spaces) over short lines, and over a justified paragraph."""
    gap = "&nbsp;" * 24
    write(34, "Kestrel Walking Club Annual Meeting", [
        p("Held on 11 April 2026 at the Drovers Arms"), p("Present: Helen Price (Chair), Ali Reza, Meg Doyle, Sam Tull"),
        f"<p><b>Chair's report</b>{gap}<b>Helen Price</b></p>",
        "<p>The club walked twenty routes this year.<br>Membership grew to sixty.<br>Thanks to all the walk leaders.</p>",
        f"<p><b>Routes for the summer</b>{gap}<b>Ali Reza</b></p>",
        "<p>Six new routes were proposed.<br>Ali to publish the summer programme by 1 May.</p>",
    ], {"actions": [{"text": "publish the summer programme by 1 May", "owners": ["Ali Reza"], "due": {"kind": "date", "date": "2026-05-01"}}]})
    just = ("The trustees reviewed the reserves policy in detail and noted that the level of unrestricted funds held "
            "at the year end was within the range agreed last year, although the fall in grant income means that "
            "the position will need to be watched closely over the coming months and reported at each meeting.")
    write(35, "Lantern Arts Trust Board of Trustees", [
        p("Meeting held 20 May 2026"), p("Present: Irene Cole (Chair), Paul Mendez (Treasurer), Dana Frost"),
        f"<p><b>Finance</b>{gap}<b>Paul Mendez</b></p>", f'<p align="justify">{just}</p>',
        f"<p><b>Programme</b>{gap}<b>Irene Cole</b></p>", f'<p align="justify">{just}</p>',
        p("RESOLVED that the reserves policy be kept unchanged."),
    ], {"actions": [], "decisions": [{"text": "RESOLVED that the reserves policy be kept unchanged.", "outcome": "carried"}]})
