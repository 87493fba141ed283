package main

// FerretDB v1.24.2 creates each collection's `_id` index on the expression `_ferretdb_sjson->"_id"` but
// looks documents up by `_ferretdb_sjson->'$._id'`. SQLite uses an expression index only for the very
// expression it was built on, so every lookup or update by `_id` read the whole table, parsing the JSON
// of every row: an email's "sent" mark cost a scan of the whole outbox, slower with every message.
// indexIDLookups adds, to every collection table of every database file, a plain index on the
// expression the lookups use. FerretDB does not know of it (its metadata lists its own indexes only);
// SQLite keeps it up to date and drops it with the table.

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// lookupIndexSuffix names our index next to FerretDB's own (`<table>__id_`).
const lookupIndexSuffix = "__id_lookup"

// indexIDLookups checks the database files in dir every interval until ctx ends.
func indexIDLookups(ctx context.Context, dir string, interval time.Duration) {
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, f := range files {
			if err := indexFile(ctx, f); err != nil && ctx.Err() == nil {
				fmt.Fprintf(os.Stderr, "ferretdb: _id lookup index in %s: %v\n", filepath.Base(f), err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// indexFile adds the missing lookup indexes of one database file. It opens the file anew each time:
// FerretDB deletes a dropped database's file, and a later one of the same name is a new file.
func indexFile(ctx context.Context, file string) error {
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()

	names, err := schemaNames(ctx, db, "table")
	if err != nil {
		return err
	}
	indexed, err := schemaNames(ctx, db, "index")
	if err != nil {
		return err
	}
	tables := map[string]bool{}
	for name := range names {
		// FerretDB's own metadata and SQLite's internal tables hold no documents.
		if !strings.HasPrefix(name, "_ferretdb_") && !strings.HasPrefix(name, "sqlite_") {
			tables[name] = true
		}
	}

	for table := range tables {
		index := table + lookupIndexSuffix
		if indexed[index] {
			continue
		}
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, index, table)
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// schemaNames lists the names of the schema objects of one type ("table", "index").
func schemaNames(ctx context.Context, db *sql.DB, kind string) (map[string]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = ?`, kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	names := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names[name] = true
	}
	return names, rows.Err()
}
