package org.cbcm.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.OfflineForm.Stamp;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Reads a filled offline form back, whichever of its two formats it comes in, and refuses
 * what is not such a form before anything is saved: a file too large (refused before it
 * is opened), one that is not an Office Open XML file, a workbook or document with
 * macros, one inflating beyond POI's limits (a zip bomb), one without cbcm's stamp, of
 * another kind of record or another record, or made by a later cbcm. Each refusal names
 * the file ({@link #FILE}) under its own message.
 */
public final class OfflineFiles {

	/** The parameter the file is uploaded as. */
	public static final String FILE = "file";

	/** The prefix of a reviewed answer's parameter. */
	static final String ANSWER = "answer.";

	/** The largest file taken: a filled form is far smaller. */
	public static final long MAX_FILE = 2L * 1024 * 1024;

	/** The most rows a sheet is read to. */
	static final int MAX_ROWS = 5_000;

	/** The most columns a list's sheet is read to. */
	static final int MAX_COLUMNS = 100;

	/**
	 * The most one part of the file (a sheet's XML, the document's) may inflate to: the
	 * same as the import spreadsheets' ({@code exchange}), since POI's limit is global
	 * and a tighter one here would narrow theirs.
	 */
	static final long MAX_PART = 200L * 1024 * 1024;

	/** The least ratio of a part's compressed to inflated size (POI's default). */
	static final double MIN_INFLATE_RATIO = 0.01;

	private static final Pattern MACROS = Pattern.compile("(?i).*vbaProject\\.bin$");

	static {
		// POI's protections against files that inflate to gigabytes are global: keep
		// them on, and never looser than these limits.
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		if (ZipSecureFile.getMaxEntrySize() > MAX_PART) {
			ZipSecureFile.setMaxEntrySize(MAX_PART);
		}
	}

	/** The two formats. */
	public enum Format {

		/** An Excel workbook. */
		XLSX,
		/** A Word document. */
		DOCX

	}

	/**
	 * A filled form as read.
	 *
	 * @param stamp which record, version and form the file was made from
	 * @param values the answers by the names the form binds
	 * @param format the file's format, {@code xlsx} or {@code docx}
	 */
	public record Filled(Stamp stamp, Map<String, List<String>> values, String format) {

		public Filled {
			values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
		}

	}

	/**
	 * The answers a reviewed upload posts again ({@code answer.focalPoints[0].email}), by
	 * the names the form binds; names the form does not ask are passed over.
	 */
	public static Map<String, List<String>> answers(OfflineForm form, MultiValueMap<String, String> parameters) {
		Map<String, List<String>> values = new java.util.LinkedHashMap<>();
		parameters.forEach((parameter, texts) -> {
			if (parameter.startsWith(ANSWER)) {
				String name = parameter.substring(ANSWER.length());
				if (form.field(name) != null) {
					values.put(name, List.copyOf(texts));
				}
			}
		});
		return values;
	}

	private OfflineFiles() {
	}

	/**
	 * Reads a filled form of a record.
	 * @param form the record's form
	 * @param record the record's identifier, as the stamp names it
	 * @param bytes the uploaded file
	 * @throws InvalidRequestException when the file is not this record's form, as
	 * {@link OfflineFiles} lists
	 */
	public static Filled read(OfflineForm form, String record, byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidRequestException(FILE, "offline.empty");
		}
		if (bytes.length > MAX_FILE) {
			throw new InvalidRequestException(FILE, "offline.too-large", MAX_FILE / (1024 * 1024));
		}
		if (bytes.length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04) {
			throw new InvalidRequestException(FILE, "offline.not-a-form");
		}
		Filled filled;
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			if (!pkg.getPartsByName(MACROS).isEmpty() || mainPartType(pkg).contains("macroEnabled")) {
				throw new InvalidRequestException(FILE, "offline.macros");
			}
			String main = mainPartType(pkg);
			if (main.contains("spreadsheetml")) {
				try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
					filled = OfflineWorkbook.read(form, workbook);
				}
			}
			else if (main.contains("wordprocessingml")) {
				try (XWPFDocument document = new XWPFDocument(pkg)) {
					filled = OfflineDocument.read(form, document);
				}
			}
			else {
				throw new InvalidRequestException(FILE, "offline.not-a-form");
			}
			pkg.revert();
		}
		catch (InvalidRequestException ex) {
			throw ex;
		}
		catch (IOException | InvalidFormatException | RuntimeException ex) {
			// Not a package POI reads, damaged, or inflating beyond its limits.
			throw new InvalidRequestException(FILE, "offline.damaged");
		}
		check(form, record, filled.stamp());
		return filled;
	}

	private static String mainPartType(OPCPackage pkg) {
		var relations = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (relations.size() == 0) {
			throw new InvalidRequestException(FILE, "offline.not-a-form");
		}
		try {
			PackagePart part = pkg.getPart(relations.getRelationship(0));
			return (part != null) ? part.getContentType() : "";
		}
		catch (RuntimeException ex) {
			throw new InvalidRequestException(FILE, "offline.not-a-form");
		}
	}

	/** The stamp from its written pairs; a file without one is not a form. */
	static Stamp stamp(Map<String, String> pairs) {
		try {
			String kind = pairs.get("kind");
			String record = pairs.get("record");
			if (kind == null || kind.isBlank() || record == null) {
				throw new InvalidRequestException(FILE, "offline.not-a-form");
			}
			return new Stamp(kind, record, Integer.parseInt(pairs.getOrDefault("version", "")),
					Integer.parseInt(pairs.getOrDefault("formVersion", "")),
					Integer.parseInt(pairs.getOrDefault("format", "")));
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(FILE, "offline.not-a-form");
		}
	}

	private static void check(OfflineForm form, String record, Stamp stamp) {
		if (stamp.format() > OfflineForm.FORMAT || stamp.formVersion() > form.version()) {
			throw new InvalidRequestException(FILE, "offline.future");
		}
		if (!stamp.kind().equals(form.kind())) {
			throw new InvalidRequestException(FILE, "offline.other-kind");
		}
		if (!stamp.record().equals(record)) {
			throw new InvalidRequestException(FILE, "offline.other-record");
		}
	}

	/**
	 * The form as a file to download, filled with the values (blank without them), in the
	 * reader's language: an XLSX workbook or a DOCX document, named after the record and
	 * the version it was filled from, never kept by a cache.
	 * @param format {@code xlsx} or {@code docx}
	 * @param name the file's name before its version and extension, such as
	 * {@code profile-KEN}
	 */
	public static org.springframework.http.ResponseEntity<byte[]> download(OfflineForm form, Stamp stamp,
			Map<String, List<String>> values, OfflineTexts texts, String format, String name) {
		boolean workbook = formatOf(format) == Format.XLSX;
		byte[] bytes = workbook ? OfflineWorkbook.write(form, stamp, values, texts)
				: OfflineDocument.write(form, stamp, values, texts);
		String file = name + ((stamp.version() > 0) ? "-v" + stamp.version() : "-blank") + "." + format;
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType(workbook ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
						: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(file).build().toString())
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(bytes);
	}

	/** The format a file name says, or null. */
	public static @Nullable Format formatOf(String extension) {
		return switch (extension) {
			case "xlsx" -> Format.XLSX;
			case "docx" -> Format.DOCX;
			default -> null;
		};
	}

}
