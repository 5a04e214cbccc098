package org.cbcm.web;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's data source in {@link StatementCountTests.Statements#counting}.
 * A class of its own, imported by {@link StatementCountTests} and
 * {@code roster.RosterStatisticsTests} alike, so that the two share one application
 * context (a configuration nested in one of them would be that one's alone).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDataSource {

	@Bean
	static BeanPostProcessor countingDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? StatementCountTests.Statements.counting(dataSource)
						: bean;
			}
		};
	}

}
