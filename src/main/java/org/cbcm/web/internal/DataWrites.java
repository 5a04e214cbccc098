package org.cbcm.web.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Knows when the database last changed: every data source of the application is watched,
 * and the generation goes up after each commit that changed something (a statement other
 * than a query, in a transaction or on its own). Whatever was computed from the database
 * under an earlier generation may be out of date; the {@link PageCache} keeps nothing
 * longer than that. Watching the connections rather than the modules' events misses no
 * writer: a module, a migration, a scheduled job or a test's fixture.
 */
class DataWrites implements BeanPostProcessor {

	/** The statements that change nothing: queries, and settings of the session. */
	private static final Pattern READS = Pattern
		.compile("(?is)\\s*(?:(?:--[^\\n]*\\n|/\\*.*?\\*/)\\s*)*(?:SELECT|VALUES|SHOW|EXPLAIN|SET|TABLE)\\b.*");

	/** A common table expression, which on PostgreSQL may change rows. */
	private static final Pattern WITH = Pattern.compile("(?is)\\s*WITH\\b.*");

	private static final Pattern CHANGES = Pattern.compile("(?i)\\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE)\\b");

	private final AtomicLong generation = new AtomicLong();

	/** The current generation: higher after every change to the database. */
	long generation() {
		return generation.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource source && !(bean instanceof Watched)) {
			return new Watched(source);
		}
		return bean;
	}

	static boolean changes(@Nullable String sql) {
		if (sql == null) {
			return true;
		}
		if (WITH.matcher(sql).matches()) {
			return CHANGES.matcher(sql).find();
		}
		return !READS.matcher(sql).matches();
	}

	private void changed() {
		generation.incrementAndGet();
	}

	/** The application's data source, handing out watched connections. */
	final class Watched extends DelegatingDataSource {

		Watched(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return watch(obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return watch(obtainTargetDataSource().getConnection(username, password));
		}

		private Connection watch(Connection connection) {
			return (Connection) Proxy.newProxyInstance(DataWrites.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionWatch(connection));
		}

	}

	/**
	 * A connection: remembers that a statement changed something until the transaction
	 * ends; a commit then moves the generation on, a rollback forgets it.
	 */
	private final class ConnectionWatch implements InvocationHandler {

		private final Connection connection;

		private boolean dirty;

		ConnectionWatch(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			Object result = call(connection, method, args);
			switch (name) {
				case "prepareStatement", "prepareCall" -> {
					return statement(proxy, (Statement) result, (String) args[0]);
				}
				case "createStatement" -> {
					return statement(proxy, (Statement) result, null);
				}
				case "commit" -> committed();
				case "setAutoCommit" -> {
					if ((Boolean) args[0]) {
						committed();
					}
				}
				case "rollback", "close" -> {
					if (args == null || args.length == 0) {
						this.dirty = false;
					}
				}
				case "unwrap" -> {
					if (((Class<?>) args[0]).isInstance(proxy)) {
						return proxy;
					}
				}
				default -> {
				}
			}
			return result;
		}

		private void committed() {
			if (this.dirty) {
				this.dirty = false;
				changed();
			}
		}

		void wrote() throws SQLException {
			if (this.connection.getAutoCommit()) {
				changed();
			}
			else {
				this.dirty = true;
			}
		}

		private Statement statement(Object proxy, Statement statement, @Nullable String sql) {
			Class<?>[] types = (statement instanceof java.sql.CallableStatement)
					? new Class<?>[] { java.sql.CallableStatement.class }
					: (statement instanceof java.sql.PreparedStatement)
							? new Class<?>[] { java.sql.PreparedStatement.class } : new Class<?>[] { Statement.class };
			boolean prepared = sql != null;
			boolean changes = prepared && changes(sql);
			return (Statement) Proxy.newProxyInstance(DataWrites.class.getClassLoader(), types,
					(statementProxy, method, args) -> {
						Object result = call(statement, method, args);
						String name = method.getName();
						if (name.startsWith("execute")) {
							boolean writes = prepared ? changes
									: (args == null || args.length == 0 || !(args[0] instanceof String text))
											|| changes(text);
							if (writes) {
								wrote();
							}
						}
						else if ("getConnection".equals(name)) {
							return proxy;
						}
						return result;
					});
		}

	}

	private static @Nullable Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException failed) {
			throw failed.getCause();
		}
	}

}
