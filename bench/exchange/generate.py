"""Writes a realistic IATI 2.03 activity file of N activities for the import benchmark:

    generate.py N OUT [SEED]

Four publishers whose reporting organisations the reference directory holds by name (UNEP, GEF, FAO,
UNDP); nine activities in ten about biosafety in their title or description (the default selection
keeps them), the tenth about something else; one to three recipient countries of the reference
countries (developing Parties), with percentages; budgets, transactions, sectors, a policy marker,
results with indicators, documents and contacts; one in ten names its key elements with cbcm's own
vocabulary, the others are left to the key element assistant's words; one in five has French
narratives beside the English ones. Deterministic: the same N and SEED write the same file.
Standard library only.
"""
import csv
import os
import random
import sys
from xml.sax.saxutils import escape, quoteattr

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
out = sys.argv[2] if len(sys.argv) > 2 else "activities.xml"
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 11
rng = random.Random(seed)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

with open(os.path.join(root, "src/main/resources/reference/countries.csv"), newline="") as f:
    countries = [(r["iso2"], r["name_en"]) for r in csv.DictReader(f)
                 if r["developing"] == "true" and r["cartagena_party"] == "true"]

PUBLISHERS = [
    ("XM-DAC-41116", "40", "United Nations Environment Programme", "UNEP"),
    ("XM-DAC-47044", "40", "Global Environment Facility", "GEF"),
    ("XM-DAC-41301", "40", "Food and Agriculture Organization of the United Nations", "FAO"),
    ("XM-DAC-41114", "40", "United Nations Development Programme", "UNDP"),
]
DONORS = [("XM-DAC-47044", "Global Environment Facility"), ("XM-DAC-8", "Norwegian Agency for Development Cooperation"),
          ("XM-DAC-918-3", "European Commission"), (None, "Ministry of Environment")]
TOPICS = [  # (title, general description, objectives), biosafety
    ("Implementing the national biosafety framework in {c}",
     "Supports risk assessment and risk management of living modified organisms, public awareness and participation, "
     "and the Biosafety Clearing-House under the Cartagena Protocol.",
     "A functional regulatory framework and trained risk assessors in {c}."),
    ("Detection laboratories for LMOs in {c}",
     "Equips and accredits laboratories for the detection and identification of LMOs at borders, with training of "
     "customs officers and laboratory staff in sampling and detection methods.",
     "Laboratory infrastructure able to detect genetically modified organisms in imported grain."),
    ("Biosafety legislation and regulations for {c}",
     "Drafts the biosafety law and its implementing regulations, with public consultation and the administrative "
     "procedures for decisions on applications under the Cartagena Protocol.",
     "Biosafety regulations adopted and an administrative system for decision-making in place."),
    ("Public awareness of modern biotechnology and biosafety in {c}",
     "Awareness-raising, education and public participation on living modified organisms: media training, school "
     "materials and public consultation on biosafety decisions.",
     "An informed public taking part in biosafety decision-making."),
    ("Regional cooperation on transboundary movements of GMOs",
     "Regional collaboration among {c} on unintentional transboundary movements, documentation requirements under "
     "Article 18 and the handling, transport and identification of living modified organisms.",
     "Harmonised procedures for transboundary movement and shared detection capacity."),
    ("Socio-economic considerations in biosafety decisions in {c}",
     "Research on socio-economic considerations and livelihoods of smallholder farmers, and on the human health "
     "and food safety aspects of genetically modified crops.",
     "Decision-makers able to weigh socio-economic considerations in biosafety decisions."),
    ("Monitoring and evaluation of confined field trials of transgenic crops in {c}",
     "Risk management of confined field trials, contained use and post-release monitoring of transgenic crops, with "
     "follow-up and progress review of the national biosafety system.",
     "Field trials run under containment and monitored as the regulations require."),
]
OTHER = [  # not about biosafety: the default selection leaves them out
    ("Solar mini-grids for rural clinics in {c}", "Clean energy for health centres in rural districts.",
     "Reliable electricity for rural clinics."),
    ("Water supply and sanitation in small towns of {c}", "Piped water and latrines for small towns.",
     "Safe water for 200,000 people."),
    ("Climate-resilient agriculture in {c}", "Drought-tolerant varieties and irrigation for smallholders.",
     "Higher yields in dry years."),
]
FRENCH = {
    "title": "Mise en œuvre du cadre national de biosécurité au {c}",
    "description": "Appui à l'évaluation des risques des organismes vivants modifiés et à la sensibilisation du public.",
}
SECTORS = [("41030", "Biodiversity"), ("31192", "Plant and post-harvest protection and pest control"),
           ("43082", "Research/scientific institutions"), ("41010", "Environmental policy and administrative management"),
           ("31182", "Agricultural research")]
OTHER_SECTORS = [("23230", "Solar energy"), ("14030", "Basic drinking water supply and basic sanitation"),
                 ("31120", "Agricultural development")]
ELEMENTS = ["12(a)", "12(a)(i)", "12(a)(ii)", "12(b)", "12(c)", "12(d)", "12(e)", "12(f)", "12(g)", "12(h)", "12(i)",
            "12(j)", "12(k)", "12(m)", "12(n)", "12(o)"]
CURRENCIES = ["USD"] * 6 + ["EUR"] * 2 + ["GBP"]
CODELIST = "https://cbcm.example.org/codelists/ActionPlanKeyElement.xml"
FIRST = ["Amina", "Jean", "María", "Ivan", "Li", "Fatima", "Kofi", "Ana", "Pedro", "Nadia"]
LAST = ["Okafor", "Dupont", "García", "Petrov", "Wang", "Haddad", "Mensah", "Silva", "Rojas", "Karimi"]


def narrative(text, lang=None):
    attr = f' xml:lang="{lang}"' if lang else ""
    return f"<narrative{attr}>{escape(text)}</narrative>"


def date(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}"


def shares(k):
    """k percentages of 100, whole numbers."""
    if k == 1:
        return [100]
    cuts = sorted(rng.sample(range(10, 91, 10), k - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [100])]


def activity(i):
    ref, otype, name, short = PUBLISHERS[i % len(PUBLISHERS)]
    biosafety = rng.random() < 0.9
    places = rng.sample(countries, rng.choice([1, 1, 1, 2, 2, 3]))
    where = ", ".join(c[1] for c in places) if len(places) > 1 else places[0][1]
    title, description, objectives = rng.choice(TOPICS if biosafety else OTHER)
    currency = rng.choice(CURRENCIES)
    start = rng.randint(2015, 2025)
    end = start + rng.randint(2, 5)
    status = "4" if end < 2026 else rng.choice(["2", "2", "2", "1"])
    lines = [f' <iati-activity last-updated-datetime="2026-11-{rng.randint(1, 30):02d}T10:00:00Z" xml:lang="en" '
             f'default-currency="{currency}" humanitarian="0">',
             f"  <iati-identifier>{ref}-{short}-BS-{i:06d}</iati-identifier>",
             f'  <reporting-org ref="{ref}" type="{otype}">{narrative(name)}</reporting-org>']
    french = biosafety and rng.random() < 0.2
    lines.append("  <title>" + narrative(title.format(c=where))
                 + (narrative(FRENCH["title"].format(c=places[0][1]), "fr") if french else "") + "</title>")
    lines.append('  <description type="1">' + narrative(description.format(c=where))
                 + (narrative(FRENCH["description"], "fr") if french else "") + "</description>")
    lines.append(f'  <description type="2">{narrative(objectives.format(c=where))}</description>')
    donor_ref, donor = rng.choice(DONORS)
    donor_attr = f' ref="{donor_ref}"' if donor_ref else ""
    lines.append(f'  <participating-org{donor_attr} role="1" type="40">{narrative(donor)}</participating-org>')
    lines.append(f'  <participating-org ref="{ref}" role="3" type="{otype}">{narrative(name)}</participating-org>')
    lines.append(f'  <participating-org role="4" type="10">'
                 f'{narrative("National Biosafety Authority of " + places[0][1])}</participating-org>')
    lines.append(f'  <activity-status code="{status}"/>')
    lines.append(f'  <activity-date iso-date="{date(start, 1, 1)}" type="1"/>')
    lines.append(f'  <activity-date iso-date="{date(start, rng.randint(1, 6), rng.randint(1, 28))}" type="2"/>')
    lines.append(f'  <activity-date iso-date="{date(end, 12, 31)}" type="3"/>')
    if status == "4":
        lines.append(f'  <activity-date iso-date="{date(end, rng.randint(6, 12), rng.randint(1, 28))}" type="4"/>')
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines.append('  <contact-info type="1">')
    lines.append(f"   <organisation>{narrative(short + ' Biosafety Unit')}</organisation>")
    lines.append(f"   <person-name>{narrative(person)}</person-name>")
    lines.append(f"   <telephone>+41 22 {rng.randint(100, 999)} {rng.randint(1000, 9999)}</telephone>")
    lines.append(f"   <email>{person.split()[0].lower()}.{i}@example.org</email>")
    lines.append(f"   <website>https://www.example.org/{short.lower()}</website>")
    lines.append("  </contact-info>")
    for (code, _), share in zip(places, shares(len(places))):
        lines.append(f'  <recipient-country code="{code}" percentage="{share}"/>')
    sectors = rng.sample(SECTORS if biosafety else OTHER_SECTORS, 2)
    for (code, sector), share in zip(sectors, shares(2)):
        lines.append(f'  <sector vocabulary="1" code="{code}" percentage="{share}">{narrative(sector)}</sector>')
    if biosafety and rng.random() < 0.1:
        chosen = rng.sample(ELEMENTS, rng.choice([1, 2, 3]))
        for code, share in zip(chosen, shares(len(chosen))):
            lines.append(f'  <sector vocabulary="99" vocabulary-uri="{CODELIST}" code="{code}" percentage="{share}"/>')
    if biosafety:
        lines.append(f'  <policy-marker vocabulary="1" code="5" significance="{rng.choice([1, 2])}"/>')
    lines.append(f'  <policy-marker vocabulary="1" code="1" significance="{rng.choice([0, 1])}"/>')
    per_year = rng.randint(5, 300) * 10_000
    for year in range(start, min(end, start + 1) + 1):
        lines.append('  <budget type="1" status="2">')
        lines.append(f'   <period-start iso-date="{date(year, 1, 1)}"/>')
        lines.append(f'   <period-end iso-date="{date(year, 12, 31)}"/>')
        lines.append(f'   <value currency="{currency}" value-date="{date(year, 1, 1)}">{per_year}</value>')
        lines.append("  </budget>")
    lines.append("  <transaction>")
    lines.append('   <transaction-type code="2"/>')
    lines.append(f'   <transaction-date iso-date="{date(start, 1, 20)}"/>')
    lines.append(f'   <value value-date="{date(start, 1, 20)}">{per_year * 2}</value>')
    lines.append(f'   <provider-org ref="{donor_ref or ""}">{narrative(donor)}</provider-org>')
    lines.append(f'   <receiver-org ref="{ref}">{narrative(name)}</receiver-org>')
    lines.append("  </transaction>")
    for year in range(start, min(end, 2026, start + 2) + 1):
        kind = rng.choice(["3", "3", "4"])
        lines.append("  <transaction>")
        lines.append(f'   <transaction-type code="{kind}"/>')
        lines.append(f'   <transaction-date iso-date="{date(year, rng.randint(1, 12), rng.randint(1, 28))}"/>')
        lines.append(f'   <value currency="{currency}" value-date="{date(year, 6, 30)}">'
                     f'{rng.randint(1, per_year // 1000) * 1000}.{rng.randint(0, 99):02d}</value>')
        lines.append("  </transaction>")
    for d in range(rng.choice([1, 1, 2])):
        lines.append(f'  <document-link format="application/pdf" '
                     f'url="https://www.example.org/{short.lower()}/documents/{i}-{d}.pdf">')
        lines.append(f"   <title>{narrative(rng.choice(['Project document', 'Annual report', 'Terminal evaluation']))}"
                     "</title>")
        lines.append(f'   <category code="{rng.choice(["A01", "A02", "A07"])}"/>')
        lines.append("  </document-link>")
    for r in range(rng.choice([1, 2])):
        lines.append(f'  <result type="{r + 1}" aggregation-status="0">')
        lines.append(f"   <title>{narrative(['Biosafety regulations adopted', 'Risk assessors trained'][r])}</title>")
        lines.append(f"   <description>{narrative('As the project document sets them out.')}</description>")
        lines.append('   <indicator measure="1" ascending="1">')
        lines.append(f"    <title>{narrative(['Regulations in force', 'Number of trained risk assessors'][r])}</title>")
        lines.append(f'    <baseline year="{start}" value="0"/>')
        for year in range(start, min(end, start + 1) + 1):
            lines.append("    <period>")
            lines.append(f'     <period-start iso-date="{date(year, 1, 1)}"/>')
            lines.append(f'     <period-end iso-date="{date(year, 12, 31)}"/>')
            lines.append(f'     <target value="{(year - start + 1) * 10}"/>')
            lines.append(f'     <actual value="{(year - start + 1) * rng.randint(5, 12)}"/>')
            lines.append("    </period>")
        lines.append("   </indicator>")
        lines.append("  </result>")
    lines.append(" </iati-activity>")
    return "\n".join(lines)


with open(out, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    f.write('<iati-activities version="2.03" generated-datetime="2026-12-01T09:00:00Z">\n')
    for i in range(n):
        f.write(activity(i))
        f.write("\n")
    f.write("</iati-activities>\n")
