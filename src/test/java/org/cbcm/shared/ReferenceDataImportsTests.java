package org.cbcm.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbcm.shared.ReferenceDataImports.DataFile;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class ReferenceDataImportsTests {

	@Autowired
	ReferenceDataImports imports;

	@Test
	void imports_a_file_once_and_again_only_when_it_changes() {
		AtomicInteger runs = new AtomicInteger();
		List<DataFile> first = List.of(DataFile.of("a.csv", "one"));

		assertThat(imports.importIfChanged("test-once", first, runs::incrementAndGet)).isTrue();
		assertThat(imports.importIfChanged("test-once", first, runs::incrementAndGet)).isFalse();
		assertThat(imports.importIfChanged("test-once", List.of(DataFile.of("a.csv", "two")), runs::incrementAndGet))
			.isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void tries_again_after_a_failed_import() {
		List<DataFile> files = List.of(DataFile.of("b.csv", "content"));
		assertThatIllegalStateException().isThrownBy(() -> imports.importIfChanged("test-failing", files, () -> {
			throw new IllegalStateException("broken");
		}));
		AtomicInteger runs = new AtomicInteger();
		assertThat(imports.importIfChanged("test-failing", files, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(1);
	}

}
