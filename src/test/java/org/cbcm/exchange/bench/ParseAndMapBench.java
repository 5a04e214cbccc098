package org.cbcm.exchange.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationType;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.exchange.internal.Selection;
import org.cbcm.exchange.internal.iati.ActivitySelection;
import org.cbcm.exchange.internal.iati.IatiCodelists;
import org.cbcm.exchange.internal.iati.IatiMapping;
import org.cbcm.exchange.internal.iati.IatiReader;
import org.cbcm.exchange.internal.iati.ImportDirectory;
import org.cbcm.exchange.internal.iati.KeyElementAssistant;
import org.cbcm.exchange.internal.iati.KeyElementTerms;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;

/**
 * The parse-and-map rate of the IATI import (bench/exchange/run.sh), not a test: reads an
 * activity file through what an import does to each activity before it writes it (the
 * reader, the default selection rule, the key element assistant, the mapping to an
 * initiative's content), and as the reference in the same run a plain StAX pass over the
 * same file that only counts its elements, the floor of any reading of the XML. The two
 * are timed in turns, after warm-up runs of each.
 *
 * <pre>
 * java -cp ... org.cbcm.exchange.bench.ParseAndMapBench FILE WARMUP RUNS OUT.json
 * </pre>
 */
public final class ParseAndMapBench {

	private ParseAndMapBench() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int warmup = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		Path out = Path.of(args[3]);
		byte[] bytes = Files.readAllBytes(file);
		IatiMapping mapping = new IatiMapping(directory(), Map.of(), new IatiCodelists()::m49Region);
		KeyElementAssistant assistant = new KeyElementAssistant(
				"https://cbcm.example.org" + KeyElementAssistant.CODELIST_PATH, new KeyElementTerms(),
				new IatiCodelists());
		ActivitySelection rule = Selection.standard().rule();
		Pipeline pipeline = new Pipeline(rule, assistant, mapping);

		long elements = floor(bytes);
		long activities = pipeline.applyAsLong(bytes);
		long readOnly = readOnly(bytes);
		System.out.printf(Locale.ROOT,
				"%d bytes, %d elements, %d activities (%d kept by the default rule, "
						+ "%d mapped with an owner in the directory, %d notes)%n",
				bytes.length, elements, activities, pipeline.kept, pipeline.owned, pipeline.notes);
		if (readOnly != activities) {
			throw new IllegalStateException("the reader alone read " + readOnly + " activities");
		}
		for (int i = 0; i < warmup; i++) {
			time(ParseAndMapBench::floor, bytes);
			time(ParseAndMapBench::readOnly, bytes);
			time(pipeline, bytes);
		}
		double[] floorTimes = new double[runs];
		double[] readTimes = new double[runs];
		double[] fullTimes = new double[runs];
		for (int i = 0; i < runs; i++) {
			floorTimes[i] = time(ParseAndMapBench::floor, bytes);
			readTimes[i] = time(ParseAndMapBench::readOnly, bytes);
			fullTimes[i] = time(pipeline, bytes);
			System.out.printf(Locale.ROOT, "run %d: StAX %.3f s, reader %.3f s, reader+rule+assistant+mapping %.3f s%n",
					i + 1, floorTimes[i], readTimes[i], fullTimes[i]);
		}
		String json = String.format(Locale.ROOT,
				"{\"bytes\": %d, \"elements\": %d, \"activities\": %d, \"kept\": %d, \"owned\": %d, \"runs\": %d, "
						+ "\"warmup\": %d, \"stax\": %s, \"reader\": %s, \"full\": %s}",
				bytes.length, elements, activities, pipeline.kept, pipeline.owned, runs, warmup, list(floorTimes),
				list(readTimes), list(fullTimes));
		Files.writeString(out, json + "\n");
		System.out.println(json);
	}

	/** What an import does to each activity before writing it. */
	private static final class Pipeline implements ToLongFunction<byte[]> {

		private final ActivitySelection rule;

		private final KeyElementAssistant assistant;

		private final IatiMapping mapping;

		long kept;

		long owned;

		long notes;

		Pipeline(ActivitySelection rule, KeyElementAssistant assistant, IatiMapping mapping) {
			this.rule = rule;
			this.assistant = assistant;
			this.mapping = mapping;
		}

		@Override
		public long applyAsLong(byte[] bytes) {
			long[] counts = new long[4];
			new IatiReader("en").read(new BufferedInputStream(new java.io.ByteArrayInputStream(bytes)), activity -> {
				counts[0]++;
				if (rule.matches(activity).kept()) {
					counts[1]++;
				}
				KeyElementAssistant.Classification classification = assistant.classify(activity);
				List<ElementShare> elements = new ArrayList<>();
				classification.exact()
					.forEach(choice -> elements.add(new ElementShare(choice.code(), choice.percentage())));
				if (elements.isEmpty()) {
					classification.proposed()
						.forEach(proposal -> elements.add(new ElementShare(proposal.code(), null)));
				}
				IatiMapping.Mapped mapped = mapping.map(activity, elements);
				if (mapped.owner() != null) {
					counts[2]++;
				}
				counts[3] += mapped.notes().size();
			});
			kept = counts[1];
			owned = counts[2];
			notes = counts[3];
			return counts[0];
		}

	}

	/** The reader alone, each activity read and dropped. */
	private static long readOnly(byte[] bytes) {
		long[] count = { 0 };
		new IatiReader("en").read(new java.io.ByteArrayInputStream(bytes), activity -> count[0]++);
		return count[0];
	}

	/**
	 * A plain StAX pass, the reader's own factory settings, that only counts the
	 * elements.
	 */
	private static long floor(byte[] bytes) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			long elements = 0;
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					elements++;
				}
			}
			xml.close();
			return elements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double time(ToLongFunction<byte[]> pass, byte[] bytes) {
		long began = System.nanoTime();
		long result = pass.applyAsLong(bytes);
		double seconds = (System.nanoTime() - began) / 1e9;
		if (result <= 0) {
			throw new IllegalStateException("nothing read");
		}
		return seconds;
	}

	private static String list(double[] values) {
		return Arrays.toString(Arrays.stream(values).map(v -> Math.round(v * 1e6) / 1e6).toArray());
	}

	/**
	 * The directory an import matches against, from the reference data the application
	 * starts with: the countries of {@code reference/countries.csv} with their M49
	 * regions, and the organisations of {@code reference/organisations.yaml}.
	 */
	private static ImportDirectory directory() throws IOException {
		List<Country> countries = new ArrayList<>();
		Set<String> regions = new LinkedHashSet<>();
		try (InputStream in = ParseAndMapBench.class.getResourceAsStream("/reference/countries.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = cells(line);
				if (cells[1].isEmpty()) {
					// the European Union, which no activity names as a recipient country
					continue;
				}
				RegionCode region = cells[4].isEmpty() ? null : RegionCode.of(cells[4]);
				RegionCode sub = cells[5].isEmpty() ? null : RegionCode.of(cells[5]);
				RegionCode intermediate = cells[6].isEmpty() ? null : RegionCode.of(cells[6]);
				for (String code : List.of(cells[4], cells[5], cells[6])) {
					if (!code.isEmpty()) {
						regions.add(code);
					}
				}
				countries.add(new Country(CountryCode.of(cells[1]), cells[0], cells[1], cells[2], cells[3], region, sub,
						intermediate, null, null, null, null, null, false,
						"true".equals(cells[12]) ? CartagenaStatus.PARTY : CartagenaStatus.SIGNATORY, null, null, null,
						null, null));
			}
		}
		List<Organisation> organisations = new ArrayList<>();
		try (InputStream in = ParseAndMapBench.class.getResourceAsStream("/reference/organisations.yaml")) {
			Map<String, String> entry = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.startsWith("- ") && !entry.isEmpty()) {
					organisations.add(organisation(entry));
					entry.clear();
				}
				String field = line.startsWith("- ") ? line.substring(2) : line.strip();
				int colon = field.indexOf(':');
				if (!line.startsWith("#") && colon > 0) {
					entry.put(field.substring(0, colon).strip(), field.substring(colon + 1).strip());
				}
			}
			if (!entry.isEmpty()) {
				organisations.add(organisation(entry));
			}
		}
		return new ImportDirectory(countries,
				regions.stream().map(code -> new Region(RegionCode.of(code), List.of())).toList(), organisations);
	}

	/** A line of a CSV file: its cells, quoted ones unquoted. */
	private static String[] cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells.toArray(String[]::new);
	}

	private static Organisation organisation(Map<String, String> entry) {
		return new Organisation(new OrganisationId(UUID.nameUUIDFromBytes(entry.get("key").getBytes())),
				entry.get("name"), entry.get("acronym"), OrganisationType.valueOf(entry.get("type")), null, null, null,
				null);
	}

}
