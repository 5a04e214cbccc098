package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The IATI codelists the import reads (copies in {@code iati/codelists}, provenance in
 * its README), loaded once: the English names of DAC sectors, the currencies, and the
 * correspondence of IATI recipient regions to the UN M49 regions cbcm names.
 */
@Component
public class IatiCodelists {

	/** The codelists held, by name: each maps a code to its English name. */
	static final List<String> NAMES = List.of("Sector", "SectorCategory", "SectorVocabulary", "Region",
			"RegionVocabulary", "PolicyMarker", "ActivityStatus", "OrganisationRole", "TransactionType", "Currency");

	/**
	 * The M49 regions, sub-regions and intermediate regions cbcm names (those of
	 * {@code reference/countries.csv}, each with a {@code region.<code>} message).
	 */
	static final Set<String> M49_REGIONS = Set.of("002", "009", "019", "142", "150", "011", "013", "014", "015", "017",
			"018", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "143", "145", "151", "154",
			"155", "202", "419", "005");

	/**
	 * The DAC regions (RegionVocabulary 1) whose meaning is an M49 region. The others
	 * have none and are kept as DAC codes only:
	 * <ul>
	 * <li>88 "States Ex-Yugoslavia unspecified": a part of 039 Southern Europe;</li>
	 * <li>389 "Caribbean &amp; Central America, regional": 029 and 013 together, which no
	 * M49 region is (003 North America also holds Northern America; 419 also holds South
	 * America);</li>
	 * <li>589 "Middle East, regional": the DAC's Middle East holds Iran (M49 034 Southern
	 * Asia) and not the Caucasus (M49 145 Western Asia);</li>
	 * <li>689 "South &amp; Central Asia, regional": 034 and 143 together;</li>
	 * <li>789 "Far East Asia, regional": the DAC's Far East holds South-eastern Asia
	 * (035) beside Eastern Asia (030);</li>
	 * <li>998 "Developing countries, unspecified": no place.</li>
	 * </ul>
	 */
	static final Map<String, String> DAC_TO_M49 = Map.ofEntries(
			// Europe, regional: the DAC's European recipients (Balkans, Belarus, Moldova,
			// Ukraine, Türkiye); M49 puts Türkiye in Western Asia, the region is still
			// Europe
			Map.entry("89", "150"),
			// North of Sahara, regional (Algeria, Egypt, Libya, Morocco, Tunisia):
			// Northern
			// Africa (M49 adds Sudan and Western Sahara)
			Map.entry("189", "015"),
			// South of Sahara, regional: Sub-Saharan Africa
			Map.entry("289", "202"),
			// Africa, regional: Africa
			Map.entry("298", "002"),
			// West Indies, regional (withdrawn): Caribbean
			Map.entry("380", "029"),
			// South America, regional: South America
			Map.entry("489", "005"),
			// America, regional: Americas
			Map.entry("498", "019"),
			// Central Asia, regional: Central Asia
			Map.entry("619", "143"),
			// South Asia, regional: Southern Asia (M49 adds Iran, which the DAC counts in
			// the Middle East)
			Map.entry("679", "034"),
			// Asia, regional: Asia
			Map.entry("798", "142"),
			// Oceania, regional: Oceania
			Map.entry("889", "009"),
			// The DAC's regions of 2019 and later follow the M49 sub-regions by name and
			// extent:
			// Eastern Africa, regional: Eastern Africa
			Map.entry("1027", "014"),
			// Middle Africa, regional: Middle Africa
			Map.entry("1028", "017"),
			// Southern Africa, regional: Southern Africa
			Map.entry("1029", "018"),
			// Western Africa, regional: Western Africa
			Map.entry("1030", "011"),
			// Caribbean, regional: Caribbean
			Map.entry("1031", "029"),
			// Central America, regional: Central America
			Map.entry("1032", "013"),
			// Melanesia, regional: Melanesia
			Map.entry("1033", "054"),
			// Micronesia, regional: Micronesia
			Map.entry("1034", "057"),
			// Polynesia, regional: Polynesia
			Map.entry("1035", "061"));

	private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

	private final Map<String, Map<String, String>> lists = new HashMap<>();

	/** Loads the codelists from {@code iati/codelists} on the class path. */
	public IatiCodelists() {
		for (String name : NAMES) {
			lists.put(name, read(name));
		}
	}

	/**
	 * The English name of a DAC sector: a five-digit purpose code under vocabulary
	 * {@code 1} (or none said), a three-digit category under vocabulary {@code 2}; null
	 * for any other vocabulary or a code the lists do not hold. Withdrawn codes keep
	 * their name: old activities use them.
	 */
	public @Nullable String sectorName(@Nullable String vocabulary, String code) {
		if (vocabulary == null || "1".equals(vocabulary)) {
			return lists.get("Sector").get(code.strip());
		}
		if ("2".equals(vocabulary)) {
			return lists.get("SectorCategory").get(code.strip());
		}
		return null;
	}

	/**
	 * Whether the code is an ISO 4217 currency of IATI's list (withdrawn ones included:
	 * old activities are in them).
	 */
	public boolean knownCurrency(@Nullable String code) {
		return code != null && lists.get("Currency").containsKey(code.strip());
	}

	/**
	 * The English name of a code in one of the codelists held ({@link #NAMES}), or null.
	 */
	public @Nullable String name(String codelist, String code) {
		Map<String, String> list = lists.get(codelist);
		return (list != null) ? list.get(code.strip()) : null;
	}

	/**
	 * The M49 region a recipient region is, or null when it is none: a DAC region
	 * (vocabulary {@code 1}, or none said) where its meaning is an M49 region
	 * ({@link #DAC_TO_M49}); a UN M49 region (vocabulary {@code 2}) as it is, zeros added
	 * in front ({@code 2} is {@code 002}), when it is one cbcm names. Other vocabularies
	 * are not M49.
	 */
	public @Nullable String m49Region(String regionCode, @Nullable String vocabulary) {
		String code = regionCode.strip();
		if (vocabulary == null || "1".equals(vocabulary)) {
			return DAC_TO_M49.get(code);
		}
		if ("2".equals(vocabulary) && DIGITS.matcher(code).matches()) {
			String padded = "000".substring(code.length()) + code;
			return M49_REGIONS.contains(padded) ? padded : null;
		}
		return null;
	}

	private static Map<String, String> read(String name) {
		String resource = "/iati/codelists/" + name + ".xml";
		try (InputStream in = IatiCodelists.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The codelist " + resource + " is not on the class path");
			}
			return items(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The codelist " + resource + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Each item's code and English name: the name's narrative with no language (the
	 * list's own is English) or in English.
	 */
	private static Map<String, String> items(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		XMLStreamReader xml = factory.createXMLStreamReader(in);
		Map<String, String> items = new HashMap<>();
		try {
			String code = null;
			String name = null;
			boolean inItem = false;
			boolean inName = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = xml.getLocalName();
					if (element.equals("codelist-item")) {
						inItem = true;
						code = null;
						name = null;
					}
					else if (inItem && element.equals("code")) {
						code = xml.getElementText().strip();
					}
					else if (inItem && element.equals("name")) {
						inName = true;
					}
					else if (inName && element.equals("narrative")) {
						String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
						String text = xml.getElementText().strip();
						if (name == null && (lang == null || lang.equalsIgnoreCase("en"))) {
							name = text;
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String element = xml.getLocalName();
					if (element.equals("name")) {
						inName = false;
					}
					else if (element.equals("codelist-item")) {
						inItem = false;
						if (code != null && !code.isEmpty()) {
							items.put(code, (name != null) ? name : code);
						}
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return Map.copyOf(items);
	}

}
