package org.cbcm.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A record's title in a reader's language, from the {@link RecordTitle} of its kind; the
 * title it was stored with where its kind has none, or cannot tell.
 */
@Component
public class RecordTitles {

	private final Map<String, RecordTitle> kinds;

	RecordTitles(List<RecordTitle> titles) {
		this.kinds = titles.stream().collect(Collectors.toMap(RecordTitle::kind, Function.identity()));
	}

	public String title(RecordRef ref, String stored, Locale language) {
		return title(ref.kind(), ref.id(), stored, language);
	}

	public String title(String kind, String id, String stored, Locale language) {
		RecordTitle titles = kinds.get(kind);
		@Nullable String title = (titles != null) ? titles.title(id, language) : null;
		return (title != null) ? title : stored;
	}

}
