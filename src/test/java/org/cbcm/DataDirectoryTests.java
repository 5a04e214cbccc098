package org.cbcm;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@Test
	void makes_the_data_directory_absolute_for_the_database_url() {
		MockEnvironment environment = new MockEnvironment().withProperty("cbcm.data-dir", "mydata")
			.withProperty("spring.datasource.url", "jdbc:h2:file:${cbcm.data-dir}/cbcm");
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		String expected = Path.of("mydata").toAbsolutePath().toString();
		assertThat(environment.getProperty("cbcm.data-dir")).isEqualTo(expected);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:" + expected + "/cbcm");
	}

}
