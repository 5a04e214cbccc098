package org.cbcm.support;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills an offline form as a person would in Excel or Word: an answer written in the row
 * or the content control of its name.
 */
public final class OfflineEdits {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private OfflineEdits() {
	}

	public static Row row(XSSFWorkbook workbook, String name) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				if (row.getCell(0) != null && name.equals(row.getCell(0).toString())) {
					return row;
				}
			}
		}
		throw new AssertionError("no row " + name);
	}

	public static void answer(XSSFWorkbook workbook, String name, String value) {
		Row row = row(workbook, name);
		(row.getCell(2) != null ? row.getCell(2) : row.createCell(2)).setCellValue(value);
	}

	/** Writes an answer into the content control tagged with the name, as Word would. */
	public static void control(XWPFDocument document, String tag, String value) {
		String w = "declare namespace w='" + W + "' ";
		List<XmlObject> found = new ArrayList<>();
		for (var control : document.getDocument().getBody().selectPath(w + ".//w:sdt")) {
			var tags = control.selectPath(w + "./w:sdtPr/w:tag");
			try (XmlCursor cursor = tags[0].newCursor()) {
				if (tag.equals(cursor.getAttributeText(new QName(W, "val")))) {
					found.add(control);
				}
			}
		}
		assertThat(found).as("the control " + tag).hasSize(1);
		var texts = found.get(0).selectPath(w + ".//w:t");
		((CTText) texts[0]).setStringValue(value);
	}

	public static byte[] bytes(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	public static byte[] bytes(XWPFDocument document) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

}
