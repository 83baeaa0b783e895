-- Passpro: the database and its user. Run by ./passpro as the MariaDB administrator (root on a fresh machine),
-- with @DB_NAME@, @DB_USER@ and @DB_PASSWORD@ replaced. The schema itself belongs to the Flyway migrations of
-- passpro-ejb, applied when the application deploys.
CREATE DATABASE IF NOT EXISTS `@DB_NAME@` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '@DB_USER@'@'localhost' IDENTIFIED BY '@DB_PASSWORD@';
CREATE USER IF NOT EXISTS '@DB_USER@'@'127.0.0.1' IDENTIFIED BY '@DB_PASSWORD@';
GRANT ALL PRIVILEGES ON `@DB_NAME@`.* TO '@DB_USER@'@'localhost';
GRANT ALL PRIVILEGES ON `@DB_NAME@`.* TO '@DB_USER@'@'127.0.0.1';
FLUSH PRIVILEGES;
