package org.cbcm.web;

import org.jspecify.annotations.Nullable;

/**
 * A row of a form that links a document: its title and web address, as typed; the form
 * that holds it turns it into its record's document and checks it there.
 */
public class DocumentRow {

	private @Nullable String title;

	private @Nullable String url;

	public DocumentRow() {
	}

	public DocumentRow(@Nullable String title, @Nullable String url) {
		this.title = title;
		this.url = url;
	}

	/** Whether nothing was typed in it. */
	public boolean blank() {
		return (title == null || title.isBlank()) && (url == null || url.isBlank());
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getUrl() {
		return url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

}
