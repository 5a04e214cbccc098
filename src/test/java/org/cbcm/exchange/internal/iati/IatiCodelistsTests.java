package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IATI codelists the import reads: DAC sector names, currencies, and the recipient
 * regions that are M49 regions.
 */
class IatiCodelistsTests {

	static final IatiCodelists CODELISTS = new IatiCodelists();

	@Test
	void names_dac_purpose_codes_and_categories_in_english() {
		assertThat(CODELISTS.sectorName("1", "31192")).isEqualTo("Plant and post-harvest protection and pest control");
		assertThat(CODELISTS.sectorName(null, "41030")).isEqualTo("Biodiversity");
		assertThat(CODELISTS.sectorName("2", "311")).isEqualTo("Agriculture");
		assertThat(CODELISTS.sectorName("2", "111")).isEqualTo("Education, Level Unspecified");
	}

	@Test
	void names_no_sector_of_another_vocabulary_or_an_unknown_code() {
		assertThat(CODELISTS.sectorName("99", "31192")).isNull();
		assertThat(CODELISTS.sectorName("1", "311")).isNull();
		assertThat(CODELISTS.sectorName("2", "31192")).isNull();
		assertThat(CODELISTS.sectorName("1", "99999")).isNull();
		assertThat(CODELISTS.sectorName("7", "15")).isNull();
	}

	@Test
	void knows_the_currencies_of_the_list() {
		assertThat(CODELISTS.knownCurrency("USD")).isTrue();
		assertThat(CODELISTS.knownCurrency("XOF")).isTrue();
		assertThat(CODELISTS.knownCurrency("usd")).isFalse();
		assertThat(CODELISTS.knownCurrency("XYZ")).isFalse();
		assertThat(CODELISTS.knownCurrency(null)).isFalse();
	}

	@Test
	void names_codes_of_the_other_lists() {
		assertThat(CODELISTS.name("PolicyMarker", "5"))
			.isEqualTo("Aid Targeting the Objectives of the Convention on Biological Diversity");
		assertThat(CODELISTS.name("ActivityStatus", "2")).isEqualTo("Implementation");
		assertThat(CODELISTS.name("Region", "289")).isEqualTo("South of Sahara, regional");
		assertThat(CODELISTS.name("Nonsense", "1")).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "298,002", "289,202", "189,015", "89,150", "380,029", "489,005", "498,019", "619,143", "679,034",
			"798,142", "889,009", "1027,014", "1028,017", "1029,018", "1030,011", "1031,029", "1032,013", "1033,054",
			"1034,057", "1035,061" })
	void maps_dac_regions_whose_meaning_is_an_m49_region(String dac, String m49) {
		assertThat(CODELISTS.m49Region(dac, "1")).isEqualTo(m49);
		assertThat(CODELISTS.m49Region(dac, null)).isEqualTo(m49);
	}

	@ParameterizedTest
	@CsvSource({ "88", "389", "589", "689", "789", "998", "616", "12345", "abc" })
	void maps_no_dac_region_that_is_no_m49_region(String dac) {
		assertThat(CODELISTS.m49Region(dac, "1")).isNull();
	}

	@Test
	void passes_un_m49_regions_through_and_nothing_else() {
		assertThat(CODELISTS.m49Region("002", "2")).isEqualTo("002");
		assertThat(CODELISTS.m49Region("2", "2")).isEqualTo("002");
		assertThat(CODELISTS.m49Region(" 419 ", "2")).isEqualTo("419");
		// a country's code, World, and codes of no M49 region
		assertThat(CODELISTS.m49Region("004", "2")).isNull();
		assertThat(CODELISTS.m49Region("001", "2")).isNull();
		assertThat(CODELISTS.m49Region("0002", "2")).isNull();
		assertThat(CODELISTS.m49Region("A1", "99")).isNull();
		assertThat(CODELISTS.m49Region("002", "99")).isNull();
	}

	@Test
	void every_dac_region_mapped_is_in_the_dac_list_and_every_m49_region_is_one_cbcm_names() throws IOException {
		for (String dac : IatiCodelists.DAC_TO_M49.keySet()) {
			assertThat(CODELISTS.name("Region", dac)).as(dac).isNotNull();
		}
		assertThat(IatiCodelists.M49_REGIONS).containsAll(IatiCodelists.DAC_TO_M49.values());
		Set<String> regions = new TreeSet<>();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/reference/countries.csv"))) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				for (String column : List.of("region_m49", "sub_region_m49", "intermediate_region_m49")) {
					if (!row.get(column).isEmpty()) {
						regions.add(row.get(column));
					}
				}
			}
		}
		assertThat(new TreeSet<>(IatiCodelists.M49_REGIONS)).isEqualTo(regions);
	}

	@Test
	void holds_the_codelists_unchanged_from_the_shared_data() throws IOException {
		for (String name : IatiCodelists.NAMES) {
			Path copy = Path.of("src/main/resources/iati/codelists", name + ".xml");
			Path shared = Path.of("../shared/data/iati/codelists", name + ".xml");
			if (Files.exists(shared)) {
				assertThat(Files.mismatch(copy, shared)).as(name).isEqualTo(-1L);
			}
			assertThat(Files.readString(copy)).as(name).contains("<codelist-item");
		}
	}

}
