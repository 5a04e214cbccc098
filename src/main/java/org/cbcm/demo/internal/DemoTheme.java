package org.cbcm.demo.internal;

import java.util.List;

import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.TargetGroup;
import org.jspecify.annotations.Nullable;

import static org.cbcm.initiatives.CapacityCategory.AWARENESS_AND_EDUCATION;
import static org.cbcm.initiatives.CapacityCategory.EQUIPMENT_AND_INFRASTRUCTURE;
import static org.cbcm.initiatives.CapacityCategory.EXPERIENTIAL_LEARNING;
import static org.cbcm.initiatives.CapacityCategory.NETWORKING;
import static org.cbcm.initiatives.CapacityCategory.POLICY_AND_LEGAL_ADVICE;
import static org.cbcm.initiatives.CapacityCategory.RESEARCH;
import static org.cbcm.initiatives.CapacityCategory.TECHNICAL_ASSISTANCE;
import static org.cbcm.initiatives.CapacityCategory.TRAINING;
import static org.cbcm.initiatives.TargetGroup.ACADEMIA;
import static org.cbcm.initiatives.TargetGroup.CIVIL_SOCIETY;
import static org.cbcm.initiatives.TargetGroup.CUSTOMS_AND_INSPECTORS;
import static org.cbcm.initiatives.TargetGroup.FARMERS;
import static org.cbcm.initiatives.TargetGroup.GENERAL_PUBLIC;
import static org.cbcm.initiatives.TargetGroup.INDIGENOUS_PEOPLES_AND_LOCAL_COMMUNITIES;
import static org.cbcm.initiatives.TargetGroup.JUDICIARY;
import static org.cbcm.initiatives.TargetGroup.LABORATORY_STAFF;
import static org.cbcm.initiatives.TargetGroup.MEDIA;
import static org.cbcm.initiatives.TargetGroup.POLICY_MAKERS;
import static org.cbcm.initiatives.TargetGroup.PRIVATE_SECTOR;
import static org.cbcm.initiatives.TargetGroup.REGULATORS;
import static org.cbcm.initiatives.TargetGroup.RISK_ASSESSORS;
import static org.cbcm.initiatives.TargetGroup.SCIENTISTS;

/**
 * What a demo initiative is about: a theme of biosafety capacity-building tied to the key
 * elements of the Action Plan (paragraph 12) it always addresses, with the titles, the
 * implementation activities (paragraph 14) by level, the categories, target groups and
 * indicators that go with it. A title names the theme in words that give its key element
 * away ("risk assessment" is 12(c), "detection" 12(i)), so a reader of the demo registry
 * finds what the facets promise.
 */
enum DemoTheme {

	FRAMEWORK(12, List.of("12(a)(i)"), List.of("12(a)(ii)", "12(e)", "12(f)"),
			List.of("Development of the national biosafety framework of %s",
					"Implementation of the national biosafety framework of %s",
					"Drafting biosafety legislation and regulations for %s",
					"Review of the national biosafety law of %s"),
			List.of("Development of national biosafety frameworks in %s",
					"Harmonisation of biosafety regulations in %s"),
			"Programme for the implementation of national biosafety frameworks in %s", "biosafety legislation",
			List.of("14(c)", "14(e)", "14(d)"), List.of("14(n)", "14(o)"), List.of("14(w)", "14(s)"),
			List.of(POLICY_AND_LEGAL_ADVICE, TECHNICAL_ASSISTANCE, TRAINING),
			List.of(POLICY_MAKERS, REGULATORS, JUDICIARY, CIVIL_SOCIETY),
			List.of(new Measure("Biosafety regulations drafted", "regulations", 2, 6),
					new Measure("Stakeholder consultations held", "consultations", 4, 15)),
			"put in place a workable and transparent national biosafety framework",
			"A draft biosafety law and implementing regulations; procedures for handling applications."),

	AUTHORITY(5, List.of("12(a)(ii)"), List.of("12(a)(v)", "12(b)"),
			List.of("Strengthening the competent national authority for biosafety in %s",
					"Establishing administrative procedures for biosafety decisions in %s"),
			List.of("Strengthening competent national authorities for biosafety in %s"), null,
			"administrative procedures for biosafety decisions", List.of("14(f)", "14(g)", "14(k)"),
			List.of("14(p)", "14(n)"), List.of("14(u)", "14(w)"),
			List.of(TECHNICAL_ASSISTANCE, POLICY_AND_LEGAL_ADVICE), List.of(REGULATORS, POLICY_MAKERS),
			List.of(new Measure("Applications decided within the legal deadline", "percent", 60, 95)),
			"give the competent national authority the staff, procedures and tools to decide on LMOs",
			"Procedures for handling notifications adopted; staff of the competent authority in post."),

	INFRASTRUCTURE(3, List.of("12(a)(iii)"), List.of("12(i)", "12(f)"),
			List.of("Upgrading technical and scientific infrastructure for biosafety in %s"),
			List.of("Shared biosafety infrastructure for %s"), null, "biosafety infrastructure", List.of("14(f)"),
			List.of("14(q)"), List.of("14(s)"), List.of(EQUIPMENT_AND_INFRASTRUCTURE, TECHNICAL_ASSISTANCE),
			List.of(LABORATORY_STAFF, SCIENTISTS, REGULATORS),
			List.of(new Measure("Facilities equipped", "facilities", 1, 5)),
			"equip the institutions that handle biosafety with the laboratories and communication tools they need",
			"Equipment delivered and installed; maintenance plans agreed."),

	RESOURCES(2, List.of("12(a)(iv)"), List.of("12(a)(ii)"), List.of("Mobilising funding for biosafety in %s"),
			List.of("Assessment of funding for biosafety in %s"), null, "funding for biosafety",
			List.of("14(b)", "14(a)"), List.of("14(l)"), List.of("14(s)", "14(u)"),
			List.of(POLICY_AND_LEGAL_ADVICE, TECHNICAL_ASSISTANCE), List.of(POLICY_MAKERS, REGULATORS), List.of(),
			"secure lasting national and external funding for the biosafety system",
			"A resource mobilisation plan; a budget line for biosafety in the national budget."),

	MONITORING(3, List.of("12(a)(v)"), List.of("12(d)"),
			List.of("Monitoring and compliance system for biosafety in %s"),
			List.of("Compliance and monitoring of biosafety rules in %s"), null, "compliance with biosafety rules",
			List.of("14(h)", "14(a)"), List.of("14(n)"), List.of("14(x)"),
			List.of(TECHNICAL_ASSISTANCE, POLICY_AND_LEGAL_ADVICE), List.of(REGULATORS, CUSTOMS_AND_INSPECTORS),
			List.of(new Measure("Inspections carried out", "inspections", 10, 60)),
			"follow up decisions on LMOs and check that their conditions are met",
			"An inspection manual; a register of approved LMOs and their conditions."),

	HUMAN_RESOURCES(9, List.of("12(b)"), List.of("12(c)", "12(d)", "12(g)"),
			List.of("Training of biosafety regulators in %s", "Postgraduate fellowships in biosafety for %s",
					"Training of trainers in biosafety for %s", "Biosafety curriculum for the universities of %s"),
			List.of("Regional biosafety training programme for %s", "Postgraduate fellowships in biosafety for %s"),
			"Programme of biosafety training and fellowships for %s", "curriculum development in biosafety",
			List.of("14(f)", "14(a)"), List.of("14(q)"), List.of("14(t)", "14(v)"),
			List.of(TRAINING, EXPERIENTIAL_LEARNING), List.of(REGULATORS, SCIENTISTS, ACADEMIA),
			List.of(new Measure("People trained", "people", 20, 250),
					new Measure("Fellowships completed", "fellows", 3, 20)),
			"build a lasting pool of people trained in biosafety", "Courses held; training material published."),

	RISK_ASSESSMENT(12, List.of("12(c)", "12(b)"), List.of("12(d)", "12(o)"),
			List.of("Training in risk assessment of LMOs for %s", "Strengthening risk assessment capacity in %s",
					"Case studies in risk assessment of LM crops for %s"),
			List.of("Training in risk assessment of LMOs for %s", "Regional risk assessment capacity in %s"),
			"Programme on risk assessment of LMOs in %s", "risk assessment of LMOs", List.of("14(g)", "14(f)"),
			List.of("14(q)", "14(p)"), List.of("14(w)", "14(t)"),
			List.of(TRAINING, EXPERIENTIAL_LEARNING, TECHNICAL_ASSISTANCE),
			List.of(RISK_ASSESSORS, REGULATORS, SCIENTISTS),
			List.of(new Measure("Risk assessors trained", "people", 10, 120),
					new Measure("Risk assessment reports reviewed", "reports", 2, 20)),
			"enable scientists and regulators to carry out and review risk assessments of LMOs case by case",
			"Risk assessors trained on real dossiers; a national risk assessment guidance document."),

	RISK_MANAGEMENT(5, List.of("12(d)"), List.of("12(c)", "12(a)(v)"),
			List.of("Risk management and post-release monitoring of LMOs in %s",
					"Strengthening risk management of LMOs in %s"),
			List.of("Risk management of LMOs in %s"), null, "risk management of LMOs", List.of("14(h)", "14(g)"),
			List.of("14(p)"), List.of("14(w)"), List.of(TECHNICAL_ASSISTANCE, TRAINING),
			List.of(REGULATORS, FARMERS, SCIENTISTS), List.of(new Measure("Field sites monitored", "sites", 2, 30)),
			"manage and monitor the risks identified in risk assessments of LMOs",
			"Monitoring plans for approved LMOs; guidance on containment."),

	AWARENESS(9, List.of("12(e)"), List.of("12(f)", "12(j)"),
			List.of("Public awareness and participation in biosafety decision-making in %s",
					"Biosafety education for schools and universities in %s",
					"Biosafety briefings for journalists in %s"),
			List.of("Public awareness of biosafety in %s"), "Programme for public awareness of biosafety in %s",
			"public awareness of biosafety", List.of("14(i)", "14(j)"), List.of("14(m)"), List.of("14(r)"),
			List.of(AWARENESS_AND_EDUCATION, NETWORKING),
			List.of(GENERAL_PUBLIC, MEDIA, CIVIL_SOCIETY, INDIGENOUS_PEOPLES_AND_LOCAL_COMMUNITIES, FARMERS),
			List.of(new Measure("People reached", "people", 500, 20000),
					new Measure("Public consultations held", "consultations", 2, 10)),
			"inform the public about LMOs and let it take part in decisions on them",
			"Awareness material in national languages; public consultations held on applications."),

	BCH(10, List.of("12(f)"), List.of("12(e)", "12(a)(iii)"),
			List.of("Participation of %s in the Biosafety Clearing-House",
					"National biosafety information system of %s"),
			List.of("Effective participation in the Biosafety Clearing-House in %s"),
			"Programme for participation in the Biosafety Clearing-House in %s", "the Biosafety Clearing-House",
			List.of("14(i)", "14(f)"), List.of("14(m)"), List.of("14(r)"),
			List.of(TECHNICAL_ASSISTANCE, TRAINING, EQUIPMENT_AND_INFRASTRUCTURE), List.of(REGULATORS, POLICY_MAKERS),
			List.of(new Measure("Records published in the Biosafety Clearing-House", "records", 5, 80)),
			"make the country's biosafety decisions and laws available through the Biosafety Clearing-House",
			"National node of the Biosafety Clearing-House running; national records published."),

	COOPERATION(4, List.of("12(g)"), List.of("12(b)", "12(c)"),
			List.of("Twinning of biosafety institutions of %s with regional partners"),
			List.of("Regional cooperation on biosafety in %s", "South-South cooperation on biosafety in %s"), null,
			"regional cooperation on biosafety", List.of("14(k)"), List.of("14(o)", "14(n)", "14(p)"),
			List.of("14(v)", "14(u)"), List.of(NETWORKING, TECHNICAL_ASSISTANCE),
			List.of(REGULATORS, SCIENTISTS, POLICY_MAKERS), List.of(),
			"share expertise and facilities among countries and their biosafety institutions",
			"A regional network of biosafety institutions meets each year."),

	TECHNOLOGY(2, List.of("12(h)"), List.of("12(n)"),
			List.of("Technology transfer for the safe use of biotechnology in %s"),
			List.of("Technology transfer for the safe use of biotechnology in %s"), null,
			"technology transfer in biotechnology", List.of("14(f)"), List.of("14(o)"), List.of("14(v)"),
			List.of(TECHNICAL_ASSISTANCE, EQUIPMENT_AND_INFRASTRUCTURE), List.of(SCIENTISTS, PRIVATE_SECTOR), List.of(),
			"bring safe biotechnology and the know-how to use it to national institutions",
			"Agreements on technology transfer; staff trained in their use."),

	DETECTION(9, List.of("12(i)"), List.of("12(a)(iii)", "12(m)", "12(k)"),
			List.of("Strengthening laboratory capacity for LMO detection in %s",
					"Sampling, detection and identification of LMOs in %s",
					"Establishing a reference laboratory for LMO detection in %s"),
			List.of("Regional network of laboratories for LMO detection in %s"), "Programme on LMO detection in %s",
			"sampling and detection of LMOs", List.of("14(f)", "14(h)"), List.of("14(q)", "14(o)"), List.of("14(w)"),
			List.of(EQUIPMENT_AND_INFRASTRUCTURE, TRAINING, EXPERIENTIAL_LEARNING),
			List.of(LABORATORY_STAFF, CUSTOMS_AND_INSPECTORS, SCIENTISTS),
			List.of(new Measure("Laboratories accredited for LMO detection", "laboratories", 1, 4),
					new Measure("Laboratory staff trained", "people", 6, 60)),
			"detect and identify LMOs in imports, fields and markets with validated methods",
			"Laboratories equipped and accredited; detection methods validated."),

	SOCIO_ECONOMIC(4, List.of("12(j)"), List.of("12(e)"),
			List.of("Socio-economic considerations in biosafety decision-making in %s"),
			List.of("Socio-economic considerations in biosafety decisions in %s"), null,
			"socio-economic considerations", List.of("14(g)", "14(j)"), List.of("14(p)"), List.of("14(w)"),
			List.of(RESEARCH, POLICY_AND_LEGAL_ADVICE),
			List.of(POLICY_MAKERS, FARMERS, INDIGENOUS_PEOPLES_AND_LOCAL_COMMUNITIES), List.of(),
			"take the impact of LMOs on communities and livelihoods into account in decisions",
			"A method for socio-economic assessment; case studies with farming communities."),

	DOCUMENTATION(3, List.of("12(k)"), List.of("12(m)", "12(i)"),
			List.of("Implementing the documentation requirements of Article 18.2 in %s"),
			List.of("Documentation requirements of Article 18.2 in %s"), null,
			"documentation requirements under Article 18.2", List.of("14(h)", "14(f)"), List.of("14(n)"),
			List.of("14(w)"), List.of(TRAINING, POLICY_AND_LEGAL_ADVICE),
			List.of(CUSTOMS_AND_INSPECTORS, PRIVATE_SECTOR),
			List.of(new Measure("Customs officers trained", "people", 10, 80)),
			"identify LMOs in shipments as Article 18.2 of the Protocol requires",
			"Import documentation checked at the main ports of entry."),

	CONFIDENTIALITY(1, List.of("12(l)"), List.of(),
			List.of("Handling of confidential information in biosafety decisions in %s"),
			List.of("Handling of confidential information in biosafety decisions in %s"), null,
			"handling confidential information", List.of("14(g)"), List.of("14(n)"), List.of("14(w)"),
			List.of(POLICY_AND_LEGAL_ADVICE), List.of(REGULATORS, PRIVATE_SECTOR), List.of(),
			"protect confidential business information while keeping decisions transparent",
			"Rules for claims of confidentiality adopted."),

	TRANSBOUNDARY(3, List.of("12(m)"), List.of("12(i)", "12(k)"),
			List.of("Preventing illegal and unintentional transboundary movements of LMOs in %s",
					"Border control of LMOs in %s"),
			List.of("Preventing illegal transboundary movements of LMOs in %s"), null,
			"illegal transboundary movements of LMOs", List.of("14(h)"), List.of("14(n)", "14(o)"), List.of("14(w)"),
			List.of(TRAINING, TECHNICAL_ASSISTANCE), List.of(CUSTOMS_AND_INSPECTORS, REGULATORS), List.of(),
			"stop unintentional and illegal movements of LMOs across borders",
			"Border officers trained; an emergency response procedure."),

	SCIENTIFIC_RESEARCH(3, List.of("12(n)"), List.of("12(c)", "12(o)"),
			List.of("Scientific research on the biosafety of LMOs in %s",
					"Biosafety research grants for scientists of %s"),
			List.of("Collaborative biosafety research in %s"), null, "biosafety research", List.of("14(f)"),
			List.of("14(q)", "14(o)"), List.of("14(v)"), List.of(RESEARCH, NETWORKING), List.of(SCIENTISTS, ACADEMIA),
			List.of(new Measure("Peer-reviewed papers", "papers", 2, 15)),
			"produce the scientific evidence that biosafety decisions rely on",
			"Research grants awarded; results published."),

	HUMAN_HEALTH(2, List.of("12(o)"), List.of("12(c)"), List.of("Assessing risks to human health from LMOs in %s"),
			List.of("Assessing risks to human health from LMOs in %s"), null, "risks to human health from LMOs",
			List.of("14(g)"), List.of("14(p)"), List.of("14(w)"), List.of(TRAINING, RESEARCH),
			List.of(RISK_ASSESSORS, SCIENTISTS), List.of(),
			"take risks to human health into account when assessing LMOs",
			"Guidance on food and feed safety assessment.");

	/** An indicator that fits the theme, with the range its targets take. */
	record Measure(String name, String unit, int lowestTarget, int highestTarget) {
	}

	/** How often the theme comes up among demo initiatives, relative to the others. */
	final int weight;

	/** The key elements and sub-elements every initiative of the theme addresses. */
	final List<String> elements;

	/** Others it may address too. */
	final List<String> optionalElements;

	/** Titles of an initiative in one country: {@code %s} is the country. */
	final List<String> nationalTitles;

	/** Titles of an initiative in several: {@code %s} is the region or group. */
	final List<String> sharedTitles;

	/**
	 * The title of a programme with projects in several countries, if the theme has one.
	 */
	final @Nullable String programmeTitle;

	/** The subject of a workshop or course, for initiatives that are activities. */
	final String topic;

	final List<String> nationalActivities;

	final List<String> regionalActivities;

	final List<String> internationalActivities;

	final List<CapacityCategory> categories;

	final List<TargetGroup> targetGroups;

	final List<Measure> measures;

	/** What it aims at, as the end of "It aims to ...". */
	final String aim;

	/** What a finished initiative of the theme produced. */
	final String outputs;

	DemoTheme(int weight, List<String> elements, List<String> optionalElements, List<String> nationalTitles,
			List<String> sharedTitles, @Nullable String programmeTitle, String topic, List<String> nationalActivities,
			List<String> regionalActivities, List<String> internationalActivities, List<CapacityCategory> categories,
			List<TargetGroup> targetGroups, List<Measure> measures, String aim, String outputs) {
		this.weight = weight;
		this.elements = elements;
		this.optionalElements = optionalElements;
		this.nationalTitles = nationalTitles;
		this.sharedTitles = sharedTitles;
		this.programmeTitle = programmeTitle;
		this.topic = topic;
		this.nationalActivities = nationalActivities;
		this.regionalActivities = regionalActivities;
		this.internationalActivities = internationalActivities;
		this.categories = categories;
		this.targetGroups = targetGroups;
		this.measures = measures;
		this.aim = aim;
		this.outputs = outputs;
	}

}
