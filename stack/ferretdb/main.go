// Command ferretdb runs FerretDB v1.24.2 embedded, on its SQLite backend, as the
// local MongoDB-wire database of sdm-flow's embedded stack. The upstream binary
// panics at start when built with `go install` (its version file is generated at
// release time), so we embed the library instead; see shared/STACK-FACTS.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("data-dir", ".data/ferretdb", "directory holding the SQLite database files")
	flag.Parse()

	abs, err := filepath.Abs(*dir)
	if err != nil {
		fail(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fail(err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Handler:  "sqlite",
		// FerretDB adds WAL journaling and a 10 s busy timeout. In WAL mode synchronous=NORMAL syncs at
		// checkpoints instead of at every commit: a killed process still loses nothing (only a power cut
		// can lose the last commits), and the single writer of SQLite gets through several times more writes.
		SQLiteURL: "file:" + abs + "/?_pragma=synchronous(normal)",
	})
	if err != nil {
		fail(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go indexIDLookups(ctx, abs, time.Second)

	fmt.Fprintf(os.Stderr, "ferretdb: listening on %s, data in %s\n", *listen, abs)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ferretdb:", err)
	os.Exit(1)
}
