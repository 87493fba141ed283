// Command compose-check loads a Compose file the way `docker compose config` does and prints the
// resolved project as JSON, so that tests/integration/docker-compose.test.ts can vouch for
// docker-compose.yml on machines that have no Docker Compose v2 plugin (CI has only the docker
// client, and the compose plugin cannot be built with `go install` because its go.mod has exclude
// directives). It uses the library Docker Compose itself loads files with,
// github.com/compose-spec/compose-go/v2: the same .env handling, interpolation (including
// `${VAR:?message}` errors), schema validation, normalisation and consistency checks.
//
//	compose-check -f docker-compose.yml [--env-file FILE]
//
// Exit status 0 with the project as JSON on stdout; 1 with the error on stderr.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
)

// files is a flag that may be given more than once, like docker compose's -f and --env-file.
type files []string

func (f *files) String() string     { return strings.Join(*f, ",") }
func (f *files) Set(v string) error { *f = append(*f, v); return nil }

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "compose-check:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("compose-check", flag.ContinueOnError)
	var composeFiles, envFiles files
	fs.Var(&composeFiles, "f", "Compose file to load (repeatable)")
	fs.Var(&envFiles, "env-file", "environment file to read instead of the .env beside the Compose file (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if len(composeFiles) == 0 {
		return fmt.Errorf("usage: compose-check -f <compose file> [--env-file <file>]")
	}

	// The options `docker compose config` sets: OS environment first (it wins over env files), then
	// the env file(s) or the default .env beside the first Compose file, with interpolation,
	// validation, normalisation and the consistency check all on.
	options, err := cli.NewProjectOptions(composeFiles,
		cli.WithOsEnv,
		cli.WithEnvFiles(envFiles...),
		cli.WithDotEnv,
		cli.WithName("sdm-flow"),
		cli.WithInterpolation(true),
		cli.WithNormalization(true),
		cli.WithConsistency(true),
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		return err
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		return err
	}
	out, err := project.MarshalJSON()
	if err != nil {
		return err
	}
	if _, err := os.Stdout.Write(append(out, '\n')); err != nil {
		return err
	}
	return nil
}
