# ruff: noqa: E501  (data: one invented minutes document after another)
"""The items of the pdftab battery (see make.py). Every body, person and place is invented."""

from __future__ import annotations

from make import action, h, p, table_html, write


def _present(names: list[str]) -> str:
    return p("Present: " + ", ".join(names))


def _att_gold(rows: list[tuple[str, str, str]]) -> dict:
    lists: dict = {"present": [], "apologies": [], "absent": [], "in_attendance": []}
    for name, role, mark in rows:
        key = {"yes": "present", "y": "present", "✓": "present", "present": "present",
               "apologies": "apologies", "no": "absent", "absent": "absent"}[mark.lower()]
        person = {"name": name}
        if role:
            person["role"] = role.lower()
        if key == "present" and person.get("role") == "clerk":
            key = "in_attendance"  # GOLD.md: a clerk attends without being a member
        lists[key].append(person)
    return lists


def _secs(titles: list[str]) -> list[dict]:
    return [{"title": t} for t in titles]


def build() -> None:  # noqa: PLR0915 - one item after another
    # 1 action table, ruled, after headed sections
    y = 2026
    write(1, "Harrowgate Allotment Society Committee Meeting", [
        p("Date: 14 January 2026, 7.30pm, Pavilion"),
        _present(["Priya Shah (Chair)", "Tom Hale", "Megan Ross", "Colin Freer"]),
        h("1. Water supply"), p("The standpipe on plot row C is leaking again."),
        h("2. Annual show"), p("The show will be held in August as usual."),
        h("Action points"),
        table_html(["Action", "Owner", "Due"], [
            ["Ask the council to repair the standpipe on row C", "Tom", "31 January"],
            ["Book the marquee for the annual show", "Megan", "28 February"],
            ["Draft the show schedule and prize categories", "Priya", "Next meeting"],
        ], border=True)], {
        "actions": [action("Ask the council to repair the standpipe on row C", ["Tom Hale"], "31 January", y),
                    action("Book the marquee for the annual show", ["Megan Ross"], "28 February", y),
                    action("Draft the show schedule and prize categories", ["Priya Shah"], "Next meeting", y)],
        "sections": _secs(["Water supply", "Annual show"])})

    # 2 action table, no rules, numbered column
    write(2, "Riverside Primary School Parent Teacher Association", [
        p("Meeting held 3 February 2026 in the school hall"),
        _present(["Amira Khan (Chair)", "Joe Baxter (Treasurer)", "Lucy Wren", "Daniel Osei"]),
        h("Spring fair"), p("Stalls were discussed; the tombola will return."),
        h("Uniform swap"), p("Donations have been slow this term."),
        h("Actions"),
        table_html(["No.", "Action", "Owner", "Due date"], [
            ["1", "Contact local businesses for tombola prizes", "Lucy", "20/02/2026"],
            ["2", "Put a reminder about the uniform swap in the newsletter", "Amira", "10/02/2026"],
            ["3", "Open a separate bank account for the fair takings", "Joe", "01/03/2026"],
            ["4", "Ask the caretaker about using the field", "Daniel", "13/02/2026"],
        ], border=False)], {
        "actions": [action("Contact local businesses for tombola prizes", ["Lucy Wren"], "20/02/2026", y, ref="1"),
                    action("Put a reminder about the uniform swap in the newsletter", ["Amira Khan"], "10/02/2026", y, ref="2"),
                    action("Open a separate bank account for the fair takings", ["Joe Baxter"], "01/03/2026", y, ref="3"),
                    action("Ask the caretaker about using the field", ["Daniel Osei"], "13/02/2026", y, ref="4")],
        "sections": _secs(["Spring fair", "Uniform swap"])})

    # 3 attendance table, ruled
    rows3 = [("Helen Marsh", "Chair", "Yes"), ("Ravi Patel", "Treasurer", "Yes"), ("Owen Price", "Secretary", "Yes"),
             ("Grace Liddell", "", "Apologies"), ("Sean Doyle", "", "Yes")]
    write(3, "Fenwick Community Choir Committee", [
        p("Wednesday 11 March 2026, Church Rooms"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows3], border=True),
        h("1. Concert programme"), p("The summer concert will feature folk arrangements."),
        h("2. Subscriptions"), p("Subscriptions remain at £60 a term."),
    ], {"attendance": _att_gold(rows3), "sections": _secs(["Concert programme", "Subscriptions"])})

    # 4 attendance table, no rules, with absent
    rows4 = [("Bethany Cole", "Chair", "Yes"), ("Marcus Lee", "Vice-chair", "Yes"), ("Nadia Hussain", "Clerk", "Yes"),
             ("Peter Grant", "", "Apologies"), ("Irene Walsh", "", "Absent"), ("Tariq Aziz", "", "Yes")]
    write(4, "Oakley Tenants and Residents Association", [
        p("Minutes of the meeting held on 22 April 2026"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows4], border=False),
        h("Repairs backlog"), p("Residents reported damp in three flats."),
        h("Garden project"), p("Volunteers are needed for the planting day."),
    ], {"attendance": _att_gold(rows4), "sections": _secs(["Repairs backlog", "Garden project"])})

    # 5 agenda / discussion table, ruled, bullets in cells
    y = 2026
    write(5, "Northgate Food Bank Trustees Meeting", [
        p("Date: 5 May 2026"),
        _present(["Sarah Quinn (Chair)", "Ahmed Rahman", "Fiona Blake", "George Tan"]),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"], [
            ["Warehouse lease", ["The landlord has offered a two year renewal", "Rent rises by 4%",
                                 "Trustees were content with the terms"], "Ahmed to sign the lease renewal"],
            ["Volunteer rota", ["Saturday shifts are short of drivers", "Two new volunteers start in June"],
             "Fiona to recruit two more drivers"],
            ["Christmas appeal", ["Early planning is needed this year"], "None"],
        ], border=True)], {
        "sections": _secs(["Warehouse lease", "Volunteer rota", "Christmas appeal"]),
        "actions": [action("Ahmed to sign the lease renewal", ["Ahmed Rahman"], None, y, section="Warehouse lease"),
                    action("Fiona to recruit two more drivers", ["Fiona Blake"], None, y, section="Volunteer rota")]})

    # 6 agenda table, no rules, first column centred vertically, bullets
    write(6, "Westbrook University Students' Union Societies Committee", [
        p("Date: 9 October 2026"),
        _present(["Kofi Mensah (Chair)", "Isla Murray", "Ben Carter", "Hana Sato"]),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"], [
            ["Society grants", ["Twelve applications were received", "The budget covers nine of them",
                                "Priority goes to new societies", "Two applications lacked a budget"],
             "Isla to write to the two societies without a budget"],
            ["Room bookings", ["Bookings clash on Wednesday afternoons", "The timetable office has been asked for more rooms"],
             "Ben to collect the Wednesday clashes"],
            ["Freshers fair review", ["Footfall was higher than last year", "Stalls near the entrance did best"],
             "None"],
        ], border=False, valign="middle")], {
        "sections": _secs(["Society grants", "Room bookings", "Freshers fair review"]),
        "actions": [action("Isla to write to the two societies without a budget", ["Isla Murray"], None, y, section="Society grants"),
                    action("Ben to collect the Wednesday clashes", ["Ben Carter"], None, y, section="Room bookings")]})

    # 7 decision log, ruled
    write(7, "St Aidan's Church Parochial Church Council", [
        p("Meeting held 17 June 2026 in the vestry"),
        h("1. Fabric report"), p("The churchwardens reported on the roof survey."),
        h("2. Finance"), p("The treasurer presented the accounts to May."),
        h("Decisions"),
        table_html(["No.", "Decision"], [
            ["1", "The roof survey quotation from the diocesan surveyor was accepted."],
            ["2", "The parish share will be paid in monthly instalments."],
            ["3", "The hall hire charge rises to £15 an hour from September."],
        ], border=True)], {
        "sections": _secs(["Fabric report", "Finance"]),
        "decisions": [{"text": "The roof survey quotation from the diocesan surveyor was accepted.", "outcome": "carried"},
                      {"text": "The parish share will be paid in monthly instalments.", "outcome": "carried"},
                      {"text": "The hall hire charge rises to £15 an hour from September.", "outcome": "carried"}]})

    # 8 decision log, no rules
    write(8, "Kestrel Open Source Project Steering Group", [
        p("Call on 2 July 2026"),
        h("Release planning"), p("Version 3.2 is feature complete."),
        h("Governance"), p("The maintainers discussed a code of conduct committee."),
        h("Decision log"),
        table_html(["No.", "Decision"], [
            ["D1", "Version 3.2 will be released on 15 July."],
            ["D2", "A code of conduct committee of three maintainers will be formed."],
        ], border=False)], {
        "sections": _secs(["Release planning", "Governance"]),
        "decisions": [{"text": "Version 3.2 will be released on 15 July.", "outcome": "carried"},
                      {"text": "A code of conduct committee of three maintainers will be formed.", "outcome": "carried"}]})

    # 9 attendance + action tables, ruled
    rows9 = [("Catherine Ellis", "Chair", "Yes"), ("Wei Zhang", "Secretary", "Yes"), ("Paul Okafor", "", "Yes"),
             ("Lena Fischer", "", "Apologies")]
    write(9, "Brambleford Youth Football Club Committee", [
        p("Date: 8 September 2026"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows9], border=True),
        h("1. Pitch maintenance"), p("The goalmouths need reseeding."),
        h("2. Coaching badges"), p("Three coaches will take the FA course."),
        table_html(["Action", "Owner", "Due"], [
            ["Order grass seed for the goalmouths", "Paul", "15 September"],
            ["Register three coaches on the course", "Wei", "30 September"],
        ], border=True)], {
        "attendance": _att_gold(rows9),
        "actions": [action("Order grass seed for the goalmouths", ["Paul Okafor"], "15 September", y),
                    action("Register three coaches on the course", ["Wei Zhang"], "30 September", y)],
        "sections": _secs(["Pitch maintenance", "Coaching badges"])})

    # 10 attendance + action tables, no rules
    rows10 = [("Moira Campbell", "Chair", "Yes"), ("Jonah Reid", "Treasurer", "Yes"), ("Esther Adeyemi", "", "Yes"),
              ("Luke Barnes", "", "Apologies"), ("Sofia Romano", "", "Yes")]
    write(10, "Glenmore Village Hall Management Committee", [
        p("Date: 12 October 2026"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows10], border=False),
        h("1. Heating"), p("The boiler service is overdue."),
        h("2. Bookings"), p("Bookings are up on last year."),
        table_html(["Action", "Owner", "Due"], [
            ["Arrange the boiler service", "Jonah", "31 October"],
            ["Update the bookings calendar online", "Sofia", "ASAP"],
            ["Send the new hire rates to regular users", "Esther", "1 November"],
        ], border=False)], {
        "attendance": _att_gold(rows10),
        "actions": [action("Arrange the boiler service", ["Jonah Reid"], "31 October", y),
                    action("Update the bookings calendar online", ["Sofia Romano"], "ASAP", y),
                    action("Send the new hire rates to regular users", ["Esther Adeyemi"], "1 November", y)],
        "sections": _secs(["Heating", "Bookings"])})

    # 11 long agenda table over two pages, ruled
    topics11 = [
        ("Minutes of the previous meeting", ["Approved as a correct record"], "None"),
        ("Matters arising", ["The website update is complete", "The insurance renewal is still awaited"],
         "Rachel to chase the insurance renewal"),
        ("Membership report", ["Membership stands at 214", "Eleven lapsed members were contacted",
                               "Four rejoined after a reminder", "A direct debit option was requested by several members"],
         "Imran to price a direct debit service"),
        ("Treasurer's report", ["Income is ahead of budget", "The grant from the arts fund has arrived",
                                "Reserves stand at six months of running costs"], "None"),
        ("Exhibition planning", ["The spring exhibition runs for two weeks in April", "Hanging will take a full day",
                                 "Volunteers are needed for stewarding", "Insurance for loaned works must be checked"],
         "Rachel to draw up the stewarding rota"),
        ("Workshops", ["Printmaking workshops were fully booked", "A watercolour course is proposed for autumn",
                       "Tutor fees have risen"], "Imran to ask two tutors for quotes"),
        ("Publicity", ["Posters will go out in March", "The local paper may run a feature",
                       "Social media posts need a regular schedule"], "Joanne to set up a posting schedule"),
        ("Any other business", ["The kiln needs a new element", "A member offered a donation of easels"], "None"),
    ]
    rows11 = [[t, n, a] for t, n, a in topics11] * 1
    pad11 = [p("Date: 19 November 2026"), _present(["Joanne Pike (Chair)", "Rachel Moss", "Imran Bhatti", "Alan Shore"]),
             p("The chair welcomed members. Apologies were received from Dee Grey."),
             p("The chair reminded members that the committee papers are circulated a week ahead and asked that comments be sent before the meeting. " * 9)]
    write(11, "Millbrook Art Society Committee", pad11 + [
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"], rows11, border=True)], {
        "sections": _secs([t for t, _, _ in topics11]),
        "actions": [action(a, [o], None, y, section=t) for t, _, a in topics11 if a != "None"
                    for o in [{"Rachel": "Rachel Moss", "Imran": "Imran Bhatti", "Joanne": "Joanne Pike"}[a.split()[0]]]]})

    # 12 long agenda table over two pages, no rules, centred first column
    topics12 = [
        ("Welcome and apologies", ["Apologies from Mark Dunn"], "None"),
        ("Safeguarding update", ["Two volunteers need DBS renewals", "The policy was reviewed in September",
                                 "Training dates are set for January"], "Carol to send DBS renewal forms"),
        ("Building works", ["The new kitchen is two weeks late", "The contractor blamed supply delays",
                            "The hall will stay closed until the end of the month",
                            "Users have been told of the closure"], "Steve to agree a finish date with the contractor"),
        ("Finance", ["The quarterly accounts were presented", "Spending is within budget",
                     "A grant application to the lottery fund is being prepared"], "Priti to finish the grant application"),
        ("Events", ["The quiz night raised £640", "A family fun day is planned for spring",
                    "A band has offered to play for free", "The date must avoid the school holidays"],
         "Carol to check the school holiday dates"),
        ("Volunteer recruitment", ["Three volunteers left this quarter", "A recruitment leaflet was suggested",
                                   "The library will display leaflets"], "Priti to design the leaflet"),
        ("Website", ["The booking form is broken on phones", "A volunteer has offered to fix it"], "None"),
        ("Any other business", ["The minibus MOT is due in February"], "Steve to book the minibus MOT"),
    ]
    owners12 = {"Carol": "Carol Evans", "Steve": "Steve Noble", "Priti": "Priti Desai"}
    write(12, "Ashcombe Community Centre Trustees", [
        p("Date: 1 December 2026"), _present(["Linda Hart (Chair)", "Carol Evans", "Steve Noble", "Priti Desai"]),
        p("The trustees met in the small hall. The chair opened the meeting and noted that the papers had gone out late because of the building works. " * 9),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"],
                   [[t, n, a] for t, n, a in topics12], border=False, valign="middle")], {
        "sections": _secs([t for t, _, _ in topics12 if t != "Welcome and apologies"]),
        "actions": [action(a, [owners12[a.split()[0]]], None, y, section=t) for t, _, a in topics12 if a != "None"]})

    # 13 action table with status column, ruled
    write(13, "Eastfield Neighbourhood Watch Coordinators", [
        p("Date: 20 January 2026"),
        _present(["Gordon Bell (Chair)", "Yasmin Ali", "Harriet Lowe", "Kevin Dunne"]),
        h("Police report"), p("Two bike thefts were reported near the station."),
        h("Street signs"), p("New signs are needed on three roads."),
        table_html(["Action", "Owner", "Due", "Status"], [
            ["Share the bike marking scheme on the group page", "Yasmin", "27 January", "Open"],
            ["Order six street signs", "Harriet", "15 February", "Open"],
            ["Invite the PCSO to the next meeting", "Gordon", "Next meeting", "Open"],
        ], border=True)], {
        "actions": [action("Share the bike marking scheme on the group page", ["Yasmin Ali"], "27 January", 2026),
                    action("Order six street signs", ["Harriet Lowe"], "15 February", 2026),
                    action("Invite the PCSO to the next meeting", ["Gordon Bell"], "Next meeting", 2026)],
        "sections": _secs(["Police report", "Street signs"])})

    # 14 action table with multi-line action cells, no rules
    y = 2026
    write(14, "Larkhill Rugby Club Board Meeting", [
        p("Date: 24 February 2026"),
        _present(["Rhys Morgan (Chair)", "Anna Kowalski", "Dev Sharma", "Claire Dobbs"]),
        h("Clubhouse refurbishment"), p("Quotes for the bar refit were received."),
        h("Sponsorship"), p("The shirt sponsor will renew for two seasons."),
        table_html(["Action", "Owner", "Due"], [
            ["Compare the three bar refit quotes and recommend one to the board, including the timescale for each",
             "Anna", "10 March"],
            ["Send the sponsor the renewal contract and confirm the logo size for the new shirts before they are ordered",
             "Dev", "3 March"],
            ["Ask members for volunteers to help strip out the old bar over the Easter weekend", "Claire", "31 March"],
        ], border=False)], {
        "actions": [action("Compare the three bar refit quotes and recommend one to the board, including the timescale for each", ["Anna Kowalski"], "10 March", y),
                    action("Send the sponsor the renewal contract and confirm the logo size for the new shirts before they are ordered", ["Dev Sharma"], "3 March", y),
                    action("Ask members for volunteers to help strip out the old bar over the Easter weekend", ["Claire Dobbs"], "31 March", y)],
        "sections": _secs(["Clubhouse refurbishment", "Sponsorship"])})

    # 15 attendance table with ticks, ruled, guests
    rows15 = [("Adrian Vale", "Chair", "✓"), ("Bronwen Hughes", "Clerk", "✓"), ("Callum Fraser", "", "✓"),
              ("Deepa Nair", "", "Apologies"), ("Elliot Stone", "", "✓")]
    write(15, "Stowe Magna Parish Council", [
        p("Meeting held 3 March 2026 at 7pm in the Village Hall"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows15], border=True),
        h("1. Planning applications"), p("No objections to the two applications."),
        h("2. Highways"), p("Potholes on Mill Lane were reported."),
        h("3. Playground"), p("The annual inspection found no faults."),
    ], {"attendance": _att_gold(rows15), "sections": _secs(["Planning applications", "Highways", "Playground"])})

    # 16 agenda table, ruled, owner given in brackets in the action cell, cells with paragraph + bullets
    write(16, "Coldharbour Hackspace Members Meeting", [
        p("Date: 7 April 2026"),
        _present(["Nell Ashby (Chair)", "Oscar Lind", "Ruth Kemp", "Sami Haddad"]),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"], [
            ["Laser cutter", ("The tube is failing.", ["Replacement costs £400", "Members agreed to fund it from reserves"]),
             "Oscar to order a replacement tube"],
            ["Induction sessions", ("New members wait too long.", ["Monthly sessions were proposed", "Two hosts are needed"]),
             "Ruth to schedule monthly inductions"],
            ["Open evening", ("The open evening went well.", ["Forty visitors came", "Six joined"]), "None"],
        ], border=True)], {
        "sections": _secs(["Laser cutter", "Induction sessions", "Open evening"]),
        "actions": [action("Oscar to order a replacement tube", ["Oscar Lind"], None, y, section="Laser cutter"),
                    action("Ruth to schedule monthly inductions", ["Ruth Kemp"], None, y, section="Induction sessions")]})

    # 17 agenda table, no rules, more rows, top aligned
    write(17, "Hollins Grammar School Governors Finance Committee", [
        p("Date: 12 May 2026"),
        _present(["Margaret Fell (Chair)", "Victor Adebayo", "Julia Brandt", "Neil Curtis"]),
        table_html(["Agenda item", "Discussion", "Action"], [
            ["Budget monitoring", ["Spending is 2% under profile", "Supply costs are high"], "None"],
            ["Capital bids", ["The roof bid was successful", "The boiler bid was not"], "Victor to resubmit the boiler bid"],
            ["Lettings income", ["Lettings rose after the new pitch opened"], "None"],
            ["Audit", ["The internal audit found two minor issues", "Both are now resolved"],
             "Julia to report the audit findings to the full board"],
        ], border=False)], {
        "sections": _secs(["Budget monitoring", "Capital bids", "Lettings income", "Audit"]),
        "actions": [action("Victor to resubmit the boiler bid", ["Victor Adebayo"], None, y, section="Capital bids"),
                    action("Julia to report the audit findings to the full board", ["Julia Brandt"], None, y, section="Audit")]})

    # 18 long action table over two pages, no rules
    acts18 = [("Renew the public liability insurance", "Frank", "30 June"),
              ("Replace the broken gate at the north entrance", "Gemma", "15 June"),
              ("Write to members about the new fees", "Frank", "10 June"),
              ("Order the new bench for the memorial garden", "Hugo", "1 July"),
              ("Arrange the summer working party", "Gemma", "20 June"),
              ("Check the fire extinguishers in the shed", "Hugo", "12 June"),
              ("Publish the minutes on the noticeboard", "Ivy", "5 June"),
              ("Collect quotes for resurfacing the car park", "Frank", "31 July"),
              ("Invite the tree warden to inspect the oaks", "Ivy", "30 June"),
              ("Update the members' contact list", "Gemma", "15 July"),
              ("Draft the grant bid for the pond restoration", "Hugo", "31 August"),
              ("Buy replacement padlocks for the tool store", "Ivy", "12 June"),
              ("Agree the show judges", "Frank", "15 July"),
              ("Send the newsletter to print", "Ivy", "20 June"),
              ("Renew the water contract", "Gemma", "30 June"),
              ("Organise the first aid refresher", "Hugo", "31 July")]
    own18 = {"Frank": "Frank Oduya", "Gemma": "Gemma Lyle", "Hugo": "Hugo Barrett", "Ivy": "Ivy Chen"}
    write(18, "Greenway Community Garden Committee", [
        p("Date: 2 June 2026"), _present(["Frank Oduya (Chair)", "Gemma Lyle", "Hugo Barrett", "Ivy Chen"]),
        h("1. Review of the year"),
        p("The chair reviewed a busy year in detail. " * 12),
        h("2. Maintenance"), p("Members discussed the state of the paths, the gate and the sheds. " * 10),
        h("3. Finance"), p("The treasurer reported a small surplus. " * 10),
        h("Action log"),
        table_html(["Action", "Owner", "Due"], [list(a) for a in acts18], border=False)], {
        "actions": [action(t, [own18[o]], d, 2026) for t, o, d in acts18],
        "sections": _secs(["Review of the year", "Maintenance", "Finance"])})

    # 19 long action table over two pages, ruled, ref column
    acts19 = [(str(i + 1), t, o, d) for i, (t, o, d) in enumerate([
        ("Confirm the venue for the annual conference", "Lara", "30 April"),
        ("Circulate the draft programme to the board", "Mehmet", "15 April"),
        ("Set up online registration", "Nina", "1 May"),
        ("Approach three keynote speakers", "Lara", "20 April"),
        ("Agree the catering budget", "Mehmet", "25 April"),
        ("Book accessible accommodation for speakers", "Nina", "10 May"),
        ("Prepare the sponsorship pack", "Lara", "30 April"),
        ("Arrange volunteers for the registration desk", "Nina", "31 May"),
        ("Commission the conference photographer", "Mehmet", "15 May"),
        ("Print delegate badges", "Nina", "5 June"),
        ("Draft the press release", "Lara", "20 May"),
        ("Check the venue's fire procedures", "Mehmet", "31 May"),
        ("Order lanyards and signage", "Nina", "20 May"),
        ("Send joining instructions to delegates", "Lara", "1 June")])]
    own19 = {"Lara": "Lara Whitfield", "Mehmet": "Mehmet Yilmaz", "Nina": "Nina Petrova"}
    write(19, "Institute of Heritage Archivists Board of Directors", [
        p("Date: 2 April 2026"), _present(["Lara Whitfield (Chair)", "Mehmet Yilmaz", "Nina Petrova", "Quentin Hale"]),
        h("1. Annual conference"), p("The board discussed the conference plans at length. " * 14),
        h("2. Journal"), p("The editor reported on submissions and the review backlog. " * 12),
        h("Actions"),
        table_html(["Ref", "Action", "Owner", "Deadline"], [list(a) for a in acts19], border=True)], {
        "actions": [action(t, [own19[o]], d, 2026, ref=r) for r, t, o, d in acts19],
        "sections": _secs(["Annual conference", "Journal"])})

    # 20 attendance table, no rules, long names list with in attendance? keep to Yes/Apologies
    rows20 = [("Ruth Abbott", "Chair", "Yes"), ("Simon Kerr", "Vice-chair", "Yes"), ("Tessa Lyons", "Secretary", "Yes"),
              ("Umar Farooq", "Treasurer", "Apologies"), ("Vera Holm", "", "Yes"), ("William Tse", "", "Yes"),
              ("Xena Parry", "", "Apologies")]
    write(20, "Cobham Rowing Club Committee", [
        p("Date: 16 June 2026"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows20], border=False),
        h("1. Boathouse repairs"), p("The slipway needs resurfacing."),
        h("2. Regatta"), p("Entries open next week."),
    ], {"attendance": _att_gold(rows20), "sections": _secs(["Boathouse repairs", "Regatta"])})

    # 21 agenda table with time column, ruled
    write(21, "Brightwater Housing Co-operative General Meeting", [
        p("Date: 21 July 2026"),
        _present(["Olu Bankole (Chair)", "Maya Fenn", "Reza Karimi", "Tilly Shaw"]),
        table_html(["Item", "Notes", "Action / Owner"], [
            ["Rent review", ["Rents rise by 3% from October", "Hardship cases will be looked at individually"],
             "Maya to write to all members about the rise"],
            ["Maintenance", ["Gutters on block B are blocked", "The contractor can come in August"],
             "Reza to book the gutter clearance"],
            ["New members", ["Two applications were received"], "None"],
        ], border=True)], {
        "sections": _secs(["Rent review", "Maintenance", "New members"]),
        "actions": [action("Maya to write to all members about the rise", ["Maya Fenn"], None, y, section="Rent review"),
                    action("Reza to book the gutter clearance", ["Reza Karimi"], None, y, section="Maintenance")]})

    # 22 action table with owner initials and "Who/What/When" headings, no rules
    write(22, "Dunmore Scout Group Executive Committee", [
        p("Date: 4 August 2026"),
        _present(["Alice Brook (Chair)", "Barry Kent", "Chloe Dean", "Dominic Hay"]),
        h("Camp report"), p("Summer camp went well; kit needs checking."),
        h("Fundraising"), p("The bag pack raised £820."),
        table_html(["What", "Who", "When"], [
            ["Check the tents for damage and list repairs", "Barry", "31 August"],
            ["Thank the supermarket for the bag pack", "Chloe", "14 August"],
            ["Apply for the county camping grant", "Dominic", "30 September"],
        ], border=False)], {
        "actions": [action("Check the tents for damage and list repairs", ["Barry Kent"], "31 August", y),
                    action("Thank the supermarket for the bag pack", ["Chloe Dean"], "14 August", y),
                    action("Apply for the county camping grant", ["Dominic Hay"], "30 September", y)],
        "sections": _secs(["Camp report", "Fundraising"])})

    # 23 decision log with decisions and who proposed, ruled
    write(23, "Hartley Bowls Club Annual General Meeting", [
        p("Held on 9 September 2026 at the clubhouse"),
        h("1. Chair's report"), p("The chair thanked the greenkeeper."),
        h("2. Election of officers"), p("Nominations were received for all posts."),
        h("Decisions"),
        table_html(["No.", "Decision", "Proposed by"], [
            ["1", "The accounts for the year were approved.", "Keith Rowe"],
            ["2", "Annual fees stay at £95 for next season.", "Lorna Pratt"],
            ["3", "Martin Sykes was elected club captain.", "Keith Rowe"],
        ], border=True)], {
        "sections": _secs(["Chair's report", "Election of officers"]),
        "decisions": [{"text": "The accounts for the year were approved.", "outcome": "carried"},
                      {"text": "Annual fees stay at £95 for next season.", "outcome": "carried"},
                      {"text": "Martin Sykes was elected club captain.", "outcome": "carried"}]})

    # 24 agenda table, no rules, numbered first column, multi-line topics
    write(24, "Elmstead Library Friends Group", [
        p("Date: 13 October 2026"),
        _present(["Patricia Nolan (Chair)", "Ron Gill", "Sunita Rao", "Terry Webb"]),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"], [
            ["Book sale", ["Takings were £310", "Unsold books go to the charity shop", "The next sale is in spring"],
             "Ron to take unsold books to the charity shop"],
            ["Author talks", ["Two local authors have agreed to speak", "Dates to be set with the library"],
             "Sunita to agree dates with the library manager"],
            ["Children's reading challenge", ["Record numbers took part", "Certificates were presented in September"],
             "None"],
        ], border=False, valign="middle")], {
        "sections": _secs(["Book sale", "Author talks", "Children's reading challenge"]),
        "actions": [action("Ron to take unsold books to the charity shop", ["Ron Gill"], None, y, section="Book sale"),
                    action("Sunita to agree dates with the library manager", ["Sunita Rao"], None, y, section="Author talks")]})

    # 25 attendance table with ruled, two-column (Name | Present)
    rows25 = [("Adele Finch", "", "Yes"), ("Bruno Silva", "", "Yes"), ("Cara Moyo", "", "Apologies"),
              ("Dylan Frost", "", "Yes"), ("Elena Petrakis", "", "Absent")]
    write(25, "Sandhurst Road Residents Association Committee", [
        p("Date: 3 November 2026"),
        table_html(["Name", "Role", "Present"], [list(r) for r in rows25], border=True),
        h("1. Parking scheme"), p("The consultation closes this month."),
        h("2. Christmas lights"), p("The lights will go up on 28 November."),
    ], {"attendance": _att_gold(rows25), "sections": _secs(["Parking scheme", "Christmas lights"])})

    # 26 action table with two owners per row, no rules
    write(26, "Thornbury Mosque Community Committee", [
        p("Date: 17 November 2026"),
        _present(["Yusuf Hamid (Chair)", "Zainab Noor", "Bilal Qureshi", "Fatima Begum"]),
        h("Winter food drive"), p("Collection points were agreed."),
        h("Open day"), p("The open day attracted many neighbours."),
        table_html(["Action", "Owner", "Due"], [
            ["Set up the food drive collection points", "Zainab / Bilal", "1 December"],
            ["Write a thank-you note to open day visitors", "Fatima", "24 November"],
            ["Plan the next interfaith event", "Yusuf", "Next meeting"],
        ], border=False)], {
        "actions": [action("Set up the food drive collection points", ["Zainab Noor", "Bilal Qureshi"], "1 December", y),
                    action("Write a thank-you note to open day visitors", ["Fatima Begum"], "24 November", y),
                    action("Plan the next interfaith event", ["Yusuf Hamid"], "Next meeting", y)],
        "sections": _secs(["Winter food drive", "Open day"])})

    # 27 long agenda table, ruled, over two pages, centred first column
    topics27 = [
        ("Chair's update", ["The new strategy was launched", "Staff survey results are due in March",
                            "The board thanked the outgoing director"], "None"),
        ("Fundraising", ["Income is 8% below target", "Two trusts declined applications",
                         "A major donor meeting is planned", "The legacy campaign starts in spring"],
         "Hilary to prepare the major donor briefing"),
        ("Services", ["Helpline calls rose by a fifth", "Waiting times are up", "Two new call handlers start next month",
                      "Evening cover remains thin"], "Jasper to review evening rota cover"),
        ("Risk register", ["Cyber security is now rated high", "The data protection audit is booked",
                           "Insurance cover was confirmed"], "Kamala to update the risk register"),
        ("Human resources", ["Sickness absence is low", "The pay review is due", "Pension auto-enrolment was re-checked"],
         "Hilary to bring the pay review to the next board"),
        ("Governance", ["Two trustees finish their terms in June", "A skills audit of the board is needed",
                        "The recruitment pack is out of date"], "Jasper to run the trustee skills audit"),
        ("Any other business", ["The office move is on schedule"], "None"),
    ]
    own27 = {"Hilary": "Hilary Ward", "Jasper": "Jasper Cole", "Kamala": "Kamala Iyer"}
    write(27, "Lifeline Helpline Charity Board of Trustees", [
        p("Date: 8 December 2026"), _present(["Hilary Ward (Chair)", "Jasper Cole", "Kamala Iyer", "Leon Mayer"]),
        p("The board met by video call. The chair reminded trustees of their duties of confidentiality and of the conflicts register. " * 12),
        table_html(["Discussion Points", "Notes/Action Items", "Actions: Responsible/None"],
                   [[t, n, a] for t, n, a in topics27], border=True, valign="middle")], {
        "sections": _secs([t for t, _, _ in topics27]),
        "actions": [action(a, [own27[a.split()[0]]], None, y, section=t) for t, _, a in topics27 if a != "None"]})
