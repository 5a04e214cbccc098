package org.cbcm.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.OfflineForm.Choice;
import org.cbcm.web.OfflineForm.Field;
import org.cbcm.web.OfflineForm.Section;
import org.cbcm.web.OfflineForm.Stamp;
import org.cbcm.web.OfflineForm.Type;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDate;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDropDownList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtListItem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;

/**
 * A record's form as a Word document to fill offline: the instructions, then each
 * section's questions, each question's answer in a content control (a structured document
 * tag) whose tag is the name the page's form binds the answer by, a drop-down list for a
 * coded answer and a date picker for a day. Which record, version and form the document
 * was made from is written in its custom properties ({@code cbcm.kind},
 * {@code cbcm.record}, {@code cbcm.version}, {@code cbcm.formVersion},
 * {@code cbcm.format}), which Word keeps and does not show on the page.
 */
public final class OfflineDocument {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String DECLARE = "declare namespace w='" + W + "' ";

	private static final String PREFIX = "cbcm.";

	private OfflineDocument() {
	}

	/**
	 * Writes the form, filled with the answers given (by the names the form binds).
	 */
	public static byte[] write(OfflineForm form, Stamp stamp, Map<String, List<String>> values, OfflineTexts texts) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			text(document.createParagraph(), form.title(), true, 18);
			for (String paragraph : form.instructions()) {
				text(document.createParagraph(), paragraph, false, 0);
			}
			int[] id = { 1 };
			for (Section section : form.sections()) {
				text(document.createParagraph(), section.title(), true, 14);
				if (section.isList()) {
					for (int row = 0; row < section.rows(); row++) {
						text(document.createParagraph(), section.rowLabel().apply(row + 1), true, 12);
						for (Field column : section.fields()) {
							question(document, column, section.name(row, column), values, texts, id);
						}
					}
				}
				else {
					for (Field field : section.fields()) {
						question(document, field, field.name(), values, texts, id);
					}
				}
			}
			POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
			custom.addProperty(PREFIX + "kind", stamp.kind());
			custom.addProperty(PREFIX + "record", stamp.record());
			custom.addProperty(PREFIX + "version", String.valueOf(stamp.version()));
			custom.addProperty(PREFIX + "formVersion", String.valueOf(stamp.formVersion()));
			custom.addProperty(PREFIX + "format", String.valueOf(stamp.format()));
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void question(XWPFDocument document, Field field, String name, Map<String, List<String>> values,
			OfflineTexts texts, int[] id) {
		XWPFParagraph label = document.createParagraph();
		label.setSpacingBefore(120);
		text(label, field.label(), true, 0);
		String hint = texts.hint(field.type());
		if (!hint.isEmpty()) {
			XWPFRun run = label.createRun();
			run.setItalic(true);
			run.setText(" (" + hint + ")");
		}
		List<String> given = values.getOrDefault(name, List.of());
		if (field.type() == Type.CHOICES) {
			for (Choice choice : field.choices()) {
				XWPFParagraph option = document.createParagraph();
				text(option, choice.label() + ":", false, 0);
				CTSdtBlock sdt = control(document, name + "=" + choice.value(), choice.label(), id,
						given.contains(choice.value()) ? texts.yes() : "");
				CTSdtDropDownList list = sdt.getSdtPr().addNewDropDownList();
				item(list, "", "");
				item(list, texts.yes(), texts.yes());
			}
			return;
		}
		String value = given.isEmpty() ? "" : given.get(0);
		String shown = (field.type() == Type.CHOICE && !value.isEmpty()) ? field.labelOf(value) : value;
		CTSdtBlock sdt = control(document, name, field.label(), id, shown);
		if (field.type() == Type.CHOICE) {
			CTSdtDropDownList list = sdt.getSdtPr().addNewDropDownList();
			item(list, "", "");
			for (Choice choice : field.choices()) {
				item(list, choice.label(), choice.label());
			}
		}
		else if (field.type() == Type.DATE) {
			CTSdtDate date = sdt.getSdtPr().addNewDate();
			date.addNewDateFormat().setVal("yyyy-MM-dd");
		}
		else {
			sdt.getSdtPr().addNewText().setMultiLine(field.type() == Type.LONG_TEXT);
		}
	}

	private static void item(CTSdtDropDownList list, String display, String value) {
		CTSdtListItem item = list.addNewListItem();
		item.setDisplayText(display.isEmpty() ? " " : display);
		item.setValue(value.isEmpty() ? " " : value);
	}

	/** A content control, tagged with the answer's name, holding the answer. */
	private static CTSdtBlock control(XWPFDocument document, String tag, String alias, int[] id, String value) {
		CTBody body = document.getDocument().getBody();
		CTSdtBlock sdt = body.addNewSdt();
		CTSdtPr pr = sdt.addNewSdtPr();
		pr.addNewAlias().setVal(alias.length() > 60 ? alias.substring(0, 60) : alias);
		pr.addNewTag().setVal(tag);
		pr.addNewId().setVal(BigInteger.valueOf(id[0]++));
		CTSdtContentBlock content = sdt.addNewSdtContent();
		String[] lines = value.split("\r?\n", -1);
		for (String line : lines) {
			CTP paragraph = content.addNewP();
			paragraph.addNewR().addNewT().setStringValue(line);
		}
		return sdt;
	}

	private static void text(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		if (size > 0) {
			run.setFontSize(size);
		}
		run.setText(text);
	}

	/**
	 * Reads a document this class wrote and someone filled: its stamp, and the answers by
	 * the names the form binds (a choice given by its label comes back as its code).
	 * Content controls whose tag the form does not know are passed over.
	 * @throws InvalidRequestException when the document is not such a form
	 */
	static OfflineFiles.Filled read(OfflineForm form, XWPFDocument document) {
		Map<String, String> pairs = new LinkedHashMap<>();
		POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
		for (CTProperty property : custom.getUnderlyingProperties().getPropertyList()) {
			if (property.getName() != null && property.getName().startsWith(PREFIX) && property.isSetLpwstr()) {
				pairs.put(property.getName().substring(PREFIX.length()), property.getLpwstr());
			}
		}
		if (pairs.isEmpty()) {
			throw new InvalidRequestException(OfflineFiles.FILE, "offline.not-a-form");
		}
		Stamp stamp = OfflineFiles.stamp(pairs);
		Map<String, List<String>> values = new LinkedHashMap<>();
		XmlObject[] controls = document.getDocument().getBody().selectPath(DECLARE + ".//w:sdt");
		if (controls.length > OfflineFiles.MAX_ROWS) {
			throw new InvalidRequestException(OfflineFiles.FILE, "offline.not-a-form");
		}
		for (XmlObject control : controls) {
			String tag = attribute(control.selectPath(DECLARE + "./w:sdtPr/w:tag"));
			if (tag == null) {
				continue;
			}
			boolean placeholder = control.selectPath(DECLARE + "./w:sdtPr/w:showingPlcHdr").length > 0;
			String text = placeholder ? "" : text(control);
			int ticked = tag.indexOf('=');
			String name = (ticked > 0) ? tag.substring(0, ticked) : tag;
			Field field = form.field(name);
			if (field == null) {
				continue;
			}
			if (field.type() == Type.CHOICES) {
				values.computeIfAbsent(name, n -> new ArrayList<>());
				// Any answer ticks (the drop-down offers "yes" or nothing), so that a
				// form of another language reads back too.
				if (ticked > 0 && !text.isBlank()) {
					values.get(name).add(tag.substring(ticked + 1));
				}
			}
			else {
				String answer = (field.type() == Type.LONG_TEXT) ? text.strip() : text.strip().replace('\n', ' ');
				if (!answer.isEmpty()) {
					values.put(name, List.of((field.type() == Type.CHOICE) ? field.valueOf(answer) : answer));
				}
			}
		}
		return new OfflineFiles.Filled(stamp, values, "docx");
	}

	private static @Nullable String attribute(XmlObject[] found) {
		if (found.length == 0) {
			return null;
		}
		try (XmlCursor cursor = found[0].newCursor()) {
			return cursor.getAttributeText(new QName(W, "val"));
		}
	}

	/** The text a control holds, its paragraphs on lines of their own. */
	private static String text(XmlObject control) {
		XmlObject[] paragraphs = control.selectPath(DECLARE + "./w:sdtContent//w:p");
		List<String> lines = new ArrayList<>();
		if (paragraphs.length == 0) {
			lines.add(runs(control.selectPath(DECLARE + "./w:sdtContent//w:t")));
		}
		for (XmlObject paragraph : paragraphs) {
			lines.add(runs(paragraph.selectPath(DECLARE + ".//w:t")));
		}
		return String.join("\n", lines);
	}

	private static String runs(XmlObject[] texts) {
		StringBuilder text = new StringBuilder();
		for (XmlObject t : texts) {
			try (XmlCursor cursor = t.newCursor()) {
				text.append(cursor.getTextValue());
			}
		}
		return text.toString();
	}

}
