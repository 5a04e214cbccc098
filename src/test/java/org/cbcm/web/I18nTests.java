package org.cbcm.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Classification;
import org.cbcm.directory.CountrySort;
import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.OrganisationType;
import org.cbcm.directory.PartyInstrument;
import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.MappingRelation;
import org.cbcm.identity.internal.AuditEventType;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles: no hard-coded text in a
 * template, no key used in a template or in the code that a bundle lacks, and every
 * language's bundle has the keys of the English one (after petclinic's
 * I18nPropertiesSyncTest).
 */
class I18nTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path SOURCES = Path.of("src/main/java");

	/** Attributes whose values people read or hear. */
	static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "label", "value");

	/**
	 * Thymeleaf attributes that replace an element's content, so its own text is only a
	 * prototype.
	 */
	static final Set<String> CONTENT_SETTERS = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

	static Map<String, String> english;

	@BeforeAll
	static void readTheEnglishBundles() throws IOException {
		english = new HashMap<>();
		for (Path bundle : bundles().filter(path -> !path.getFileName().toString().contains("_")).toList()) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				assertThat(english.put(key, properties.getProperty(key))).as("key %s is in two bundles", key).isNull();
			}
		}
	}

	@Test
	void templates_have_no_hard_coded_text() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (replacedContent(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						found.add(TEMPLATES.relativize(template) + ": text '" + text.text().strip() + "' in <"
								+ element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READ_ATTRIBUTES.contains(attribute.getKey()) && !element.hasAttr("th:" + attribute.getKey())
							&& attribute.getValue().codePoints().anyMatch(Character::isLetter)
							&& !("value".equals(attribute.getKey()) && !"button".equals(element.attr("type")))) {
						found.add(TEMPLATES.relativize(template) + ": attribute " + attribute + " in <"
								+ element.tagName() + ">");
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void every_key_a_template_names_is_in_the_bundle() throws IOException {
		// #{key}, #messages.msg('key'), keys handed to the count fragment (paging ::
		// count(${page}, 'key')), and keys handed to other fragments as quoted arguments
		Pattern key = Pattern.compile(
				"#\\{([A-Za-z0-9_.-]+)|msg(?:OrNull)?\\('([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+)'|count\\(\\$\\{\\w+}, '([^']+)'\\)"
						+ "|, '([a-z]+(?:\\.[A-Za-z-]+)+)'");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				for (int group = 1; group <= 4; group++) {
					String name = matcher.group(group);
					if (name != null && !english.containsKey(name)) {
						missing.add(TEMPLATES.relativize(template) + ": " + name);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void every_key_built_from_a_value_is_in_the_bundle() throws IOException {
		Map<String, List<String>> families = new HashMap<>();
		families.put("item.type.", names(ItemType.values()));
		families.put("level.", names(ActivityLevel.values()));
		families.put("mapping.relation.", names(MappingRelation.values()));
		families.put("classification.", names(Classification.values()));
		families.put("cartagena.", names(CartagenaStatus.values()));
		families.put("organisation.type.", names(OrganisationType.values()));
		List<String> origins = new java.util.ArrayList<>();
		for (String kind : names(org.cbcm.initiatives.InitiativeImports.Classification.Kind.values())) {
			origins.add(kind);
			origins.add(kind + ".value");
		}
		families.put("initiative.origin.", origins);
		families.put("countries.sort.", names(CountrySort.values()));
		families.put("map.value.", List.of("yes", "no", "nodata"));
		families.put("map.legend.", List.of("yes", "no", "nodata"));
		families.put("region.", regionCodes());
		families.put("role.", names(Role.values()));
		families.put("mail.role.", names(Role.values()));
		families.put("record.status.", names(RecordStatus.values()));
		families.put("profile.framework.", names(FrameworkStatus.values()));
		families.put("profile.mechanism.", names(MechanismStatus.values()));
		families.put("profile.action.", names(Transition.values()));
		families.put("profile.moved.", names(Transition.values()));
		families.put("strategy.integration.", names(org.cbcm.needs.StrategyIntegration.values()));
		families.put("strategy.action.", names(Transition.values()));
		families.put("strategy.moved.", names(Transition.values()));
		// The pages speak of a country, or of the European Union as the organisation it
		// is.
		for (String family : List.of("profile.heading.", "profile.none.", "profile.start.explained.", "country.json.",
				"party-status.intro.")) {
			families.put(family, List.of("country", "organisation"));
		}
		families.put("party-status.instrument.", names(PartyInstrument.values()));
		families.put("audit.type.", names(AuditEventType.values()));
		families.put("initiative.status.", names(ImplementationStatus.values()));
		families.put("initiative.type.", names(InitiativeType.values()));
		families.put("initiative.scope.", names(GeographicScope.values()));
		families.put("initiative.role.", names(ParticipantRole.values()));
		families.put("initiative.role.help.", names(ParticipantRole.values()));
		families.put("initiative.funding-type.", names(FundingType.values()));
		families.put("initiative.category.", names(CapacityCategory.values()));
		families.put("initiative.target.", names(TargetGroup.values()));
		families.put("initiative.criterion.", names(DacCriterion.values()));
		families.put("initiative.rating.", List.of("1", "2", "3", "4"));
		families.put("initiatives.sort.", names(InitiativeSort.values()));
		families.put("facet.", names(Facet.values()));
		List<String> voices = new ArrayList<>(names(org.cbcm.initiatives.Endorsement.values()));
		voices.add("NONE");
		families.put("endorsement.", voices);
		families.put("endorsement.choice.", voices);
		families.put("initiative.action.", names(Transition.values()));
		families.put("initiative.moved.", names(Transition.values()));
		families.put("organisation.label.",
				List.of("name", "acronym", "type", "country", "iatiIdentifier", "website", "description", "comment"));
		families.put("initiatives.section.none.", List.of("COUNTRY", "ORGANISATION", "ELEMENT", "ACTIVITY", "SOURCE"));
		families.put("initiative.form.more.", List.of("geography.countries", "participants", "funding.years",
				"results.indicators", "results.documents", "evaluations", "contacts"));
		families.put("initiatives.map.measure.", List.of("INITIATIVES", "USD"));
		families.put("account.notices.", names(org.cbcm.identity.internal.Notices.values()));
		families.put("initiatives.map.none.", List.of("INITIATIVES", "USD"));
		families.put("initiatives.map.country.", List.of("INITIATIVES", "USD"));
		families.put("initiatives.mine.status.", List.of("ALL", "DRAFT", "SUBMITTED", "PUBLISHED", "ARCHIVED"));
		families.put("initiative.duplicate.reason.",
				List.of("title", "description", "organisation", "dates", "countries"));
		// Needs assessments (issue 10)
		families.put("needs.priority.", names(org.cbcm.needs.Priority.values()));
		families.put("needs.capacity.", names(org.cbcm.needs.Capacity.values()));
		families.put("needs.action.", names(Transition.values()));
		families.put("needs.moved.", names(Transition.values()));
		families.put("needs.label.", List.of("startYear", "durationYears", "shortTermRequirement",
				"longTermRequirement", "nationalSharePercent"));
		for (String family : List.of("needs.compare.priority.", "needs.compare.capacity.",
				"needs.compare.requirement.")) {
			families.put(family, List.of("UP", "DOWN", "SAME"));
		}
		// The roster's search (issue 14)
		families.put("roster.search.level.", List.of("1", "2", "3"));
		families.put("roster.search.facet.", names(org.cbcm.roster.ExpertFacet.values()));
		families.put("roster.search.gender.", names(org.cbcm.roster.ExpertContent.Gender.values()));
		families.put("roster.search.availability.", names(org.cbcm.roster.ExpertContent.Availability.values()));
		families.put("roster.search.work.", names(org.cbcm.roster.ExpertFacet.Work.values()));
		// Roster nominations (issue 14)
		families.put("nomination.status.", List.of("DRAFT", "SUBMITTED", "PUBLISHED", "ARCHIVED"));
		families.put("roster.area.", names(org.cbcm.roster.ExpertiseArea.values()));
		// Requests for experts (issue 14)
		families.put("roster.request.status.", names(org.cbcm.roster.RequestStatus.values()));
		families.put("roster.assignment.status.", names(org.cbcm.roster.AssignmentStatus.values()));
		families.put("roster.mode.", names(org.cbcm.roster.WorkMode.values()));
		families.put("roster.expertise.", names(org.cbcm.roster.Expertise.values()));
		families.put("roster.gender.", List.of("WOMAN", "MAN", "ANOTHER"));
		families.put("roster.why.language.", List.of("any", "0", "1", "2", "3"));
		families.put("roster.why.availability.", List.of("AVAILABLE", "LIMITED", "UNKNOWN"));
		List<String> modes = new ArrayList<>();
		for (org.cbcm.roster.WorkMode mode : org.cbcm.roster.WorkMode.values()) {
			modes.add(mode.name() + ".yes");
			modes.add(mode.name() + ".no");
		}
		families.put("roster.why.mode.", modes);
		// The expert record's pages (issue 14)
		families.put("expert.gender.", names(org.cbcm.roster.ExpertContent.Gender.values()));
		families.put("expert.availability.", names(org.cbcm.roster.ExpertContent.Availability.values()));
		families.put("expert.organisation-type.", names(org.cbcm.roster.ExpertContent.OrganisationType.values()));
		families.put("expert.degree.", names(org.cbcm.roster.ExpertContent.DegreeLevel.values()));
		families.put("expert.language-level.", names(org.cbcm.roster.ExpertContent.LanguageLevel.values()));
		families.put("expert.part.", names(org.cbcm.roster.ExpertContent.PublicPart.values()));
		families.put("expert.checklist.", names(org.cbcm.roster.ExpertChecklist.values()));
		families.put("expert.action.", names(Transition.values()));
		families.put("expert.moved.", names(Transition.values()));
		families.put("expert.list.area-full.", names(org.cbcm.roster.ExpertiseArea.values()));
		families.put("expert.label.",
				List.of("givenName", "familyName", "profile", "contact", "email", "phone", "address", "yearOfBirth",
						"countryOfBirth", "nationalities", "gender", "currentJob", "previousJobs", "organisation",
						"department", "title", "start", "end", "type", "responsibilities", "countriesWorkedIn",
						"regionsWorkedIn", "degrees", "level", "subject", "institution", "year", "qualifications",
						"expertise", "otherExpertise", "publications", "memberships", "panels", "motherTongue",
						"languages", "language", "orcid", "otherInformation", "availability", "remote", "onSite",
						"publicParts", "comment", "expert", "version"));
		families.put("error.", List.of("400.title", "403.title", "404.title", "405.title", "406.title", "500.title",
				"400.detail", "404.detail", "500.detail"));

		Set<String> prefixesInTemplates = new TreeSet<>();
		Pattern dynamic = Pattern.compile("#\\{\\|([A-Za-z0-9_.-]+\\.)\\$|msg(?:OrNull)?\\('([A-Za-z0-9_.-]+\\.)'");
		for (Path template : templates()) {
			Matcher matcher = dynamic.matcher(Files.readString(template));
			while (matcher.find()) {
				prefixesInTemplates.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
			}
		}
		assertThat(families.keySet()).as("every key built in a template belongs to a known family")
			.containsAll(prefixesInTemplates);

		List<String> missing = new ArrayList<>();
		families.forEach((prefix, values) -> values.stream()
			.map(value -> prefix + value)
			.filter(candidate -> !english.containsKey(candidate))
			.forEach(missing::add));
		names(Classification.values()).stream()
			.map(value -> "classification." + value + ".short")
			.filter(candidate -> !english.containsKey(candidate))
			.forEach(missing::add);
		assertThat(missing).isEmpty();
	}

	@Test
	void every_key_the_code_names_is_in_the_bundle() throws IOException {
		Pattern key = Pattern.compile(
				"(?:NotFoundException|InvalidRequestException|ForbiddenException)\\((?:[A-Za-z\"\\[\\]+ .()]+, )?\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"|getMessage\\(\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"|PortalFigure\\(\"([a-z0-9.-]+)\"|NavigationLink\\(\"([a-z0-9.-]+)\"|addFlashAttribute\\(\"notice\", \"([a-z0-9.-]+)\"");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(source));
				while (matcher.find()) {
					for (int group = 1; group <= 5; group++) {
						if (matcher.group(group) != null && !matcher.group(group).endsWith(".")) {
							named.add(matcher.group(group));
						}
					}
				}
			}
		}
		assertThat(named).as("the keys found in the code").contains("country.not-found", "framework.item.not-found");
		assertThat(named.stream().filter(name -> !english.containsKey(name)).toList()).isEmpty();
	}

	/**
	 * The languages the switcher offers ({@code cbcm.web.languages} in
	 * {@code application.yml}, the first being the default that the base bundles are
	 * written in): every other one has its own file for every bundle that
	 * {@code spring.messages.basename} names, with every key of the base file. A language
	 * configured without its bundles fails here, rather than falling back to English
	 * unseen.
	 */
	@Test
	void every_configured_language_has_every_bundle_with_every_key() throws IOException {
		Map<String, Object> configuration = new org.yaml.snakeyaml.Yaml()
			.load(Files.readString(Path.of("src/main/resources/application.yml")));
		List<String> languages = listed(path(configuration, "cbcm", "web", "languages"));
		List<String> basenames = listed(path(configuration, "spring", "messages", "basename"));
		assertThat(languages).as("the configured languages").isNotEmpty();
		assertThat(basenames).as("the configured message bundles").isNotEmpty();
		List<String> faults = new ArrayList<>();
		for (String language : languages.subList(1, languages.size())) {
			String suffix = "_" + language.replace('-', '_');
			for (String basename : basenames) {
				Path base = Path.of("src/main/resources", basename + ".properties");
				Path translated = Path.of("src/main/resources", basename + suffix + ".properties");
				if (!Files.isRegularFile(translated)) {
					faults.add(language + ": no " + translated);
					continue;
				}
				Set<String> missing = new TreeSet<>(load(base).stringPropertyNames());
				missing.removeAll(load(translated).stringPropertyNames());
				if (!missing.isEmpty()) {
					faults.add(language + ": " + translated + " lacks " + missing);
				}
			}
		}
		assertThat(faults).isEmpty();
	}

	@Test
	void every_language_has_the_keys_of_the_english_bundle() throws IOException {
		for (Path bundle : bundles().filter(path -> path.getFileName().toString().contains("_")).toList()) {
			String base = bundle.getFileName().toString().replaceAll("_[A-Za-z-]+\\.properties$", ".properties");
			Set<String> expected = load(BUNDLES.resolve(base)).stringPropertyNames();
			assertThat(load(bundle).stringPropertyNames()).as(bundle.toString())
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/**
	 * A translation takes the same arguments as the English message, each in the same
	 * format (number, choice, date), and parses as a MessageFormat in its language: a
	 * translator who drops a placeholder, renumbers it or breaks a choice fails here.
	 */
	@Test
	void every_translation_keeps_the_placeholders_of_the_english_message() throws IOException {
		List<String> faults = new ArrayList<>();
		for (Path bundle : bundles().filter(path -> path.getFileName().toString().contains("_")).toList()) {
			String name = bundle.getFileName().toString();
			java.util.Locale language = java.util.Locale
				.forLanguageTag(name.replaceAll("^[^_]+_(.+)\\.properties$", "$1").replace('_', '-'));
			Properties translated = load(bundle);
			for (String key : translated.stringPropertyNames()) {
				String base = english.get(key);
				String value = translated.getProperty(key);
				if (base == null || dateFormat(key)) {
					continue;
				}
				if (!placeholders(base).equals(placeholders(value))) {
					faults.add("%s %s: %s instead of %s".formatted(name, key, placeholders(value), placeholders(base)));
					continue;
				}
				if (placeholders(base).isEmpty()) {
					continue;
				}
				try {
					java.text.MessageFormat format = new java.text.MessageFormat(value, language);
					java.text.MessageFormat original = new java.text.MessageFormat(base, java.util.Locale.ENGLISH);
					if (!formatTypes(format).equals(formatTypes(original))) {
						faults.add("%s %s: formats %s instead of %s".formatted(name, key, formatTypes(format),
								formatTypes(original)));
					}
				}
				catch (IllegalArgumentException ex) {
					faults.add("%s %s: %s".formatted(name, key, ex.getMessage()));
				}
			}
		}
		assertThat(faults).isEmpty();
	}

	/**
	 * The apostrophe rules hold in every language: a message with arguments doubles its
	 * ASCII apostrophes, one without writes them once (translations write ’ instead).
	 */
	@Test
	void every_language_writes_its_apostrophes_as_messageformat_reads_them() throws IOException {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		List<String> faults = new ArrayList<>();
		for (Path bundle : bundles().toList()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				if (dateFormat(key)) {
					continue;
				}
				boolean arguments = value.matches("(?s).*\\{\\d.*");
				if (arguments && lone.matcher(value).find()) {
					faults.add(bundle.getFileName() + " " + key + ": a lone apostrophe in a message with arguments");
				}
				if (!arguments && value.contains("''")) {
					faults.add(bundle.getFileName() + " " + key + ": a doubled apostrophe in a message without");
				}
			}
		}
		assertThat(faults).isEmpty();
	}

	/** Date patterns (java.time), which quote their literal text with apostrophes. */
	private static boolean dateFormat(String key) {
		return key.startsWith("format.date") || key.equals("mail.format.moment");
	}

	/**
	 * The arguments a message names, with the format of each: {1,number}, {0,choice} …
	 */
	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		java.util.regex.Matcher matcher = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?").matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1) + ((matcher.group(2) != null) ? "," + matcher.group(2) : ""));
		}
		return found;
	}

	private static List<String> formatTypes(java.text.MessageFormat format) {
		return Arrays.stream(format.getFormatsByArgumentIndex())
			.map(each -> (each == null) ? "text" : each.getClass().getSimpleName())
			.toList();
	}

	@Test
	void messages_with_arguments_double_their_apostrophes() {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		List<String> wrong = english.entrySet()
			.stream()
			.filter(entry -> entry.getValue().matches(".*\\{\\d}.*"))
			.filter(entry -> lone.matcher(entry.getValue()).find())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(wrong).isEmpty();
	}

	/**
	 * A message without arguments is shown as written (no MessageFormat), so a doubled
	 * apostrophe would show doubled.
	 */
	@Test
	void messages_without_arguments_write_their_apostrophes_once() {
		List<String> wrong = english.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().matches("(?s).*\\{\\d.*"))
			.filter(entry -> entry.getValue().contains("''"))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(wrong).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> yaml, String... keys) {
		Object at = yaml;
		for (String key : keys) {
			assertThat(at).as("application.yml has %s", String.join(".", keys)).isInstanceOf(Map.class);
			at = ((Map<String, Object>) at).get(key);
		}
		assertThat(at).as("application.yml has %s", String.join(".", keys)).isNotNull();
		return at;
	}

	/** A YAML value that is a list, or a comma-separated string, as Spring binds both. */
	private static List<String> listed(Object value) {
		List<?> items = (value instanceof List<?> list) ? list : Arrays.asList(String.valueOf(value).split(","));
		return items.stream().map(String::valueOf).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static boolean replacedContent(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			for (String setter : CONTENT_SETTERS) {
				if (at.hasAttr(setter)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> regionCodes() throws IOException {
		Set<String> codes = new LinkedHashSet<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/reference/countries.csv"))) {
			for (CSVRecord row : format.parse(reader)) {
				for (String column : List.of("region_m49", "sub_region_m49", "intermediate_region_m49")) {
					if (!row.get(column).isBlank()) {
						codes.add(row.get(column));
					}
				}
			}
		}
		assertThat(codes).hasSizeGreaterThan(25);
		return List.copyOf(codes);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Stream<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(path -> path.toString().endsWith(".properties")).sorted().toList().stream();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
