"""Shell completion for bash, zsh and fish: the scripts and the answers they read.

Typer's own completion classes (typer 0.28, pinned) get three things wrong for a tool whose
option values are names with spaces: they hand bash the bare candidates (``Kim Jong Un``
inserted unquoted is three words), they keep only the candidates that start with what was
typed, case and all (``kim`` or ``Jong`` find nothing), and when nothing matches every shell
falls back to listing the files of the current directory, even for ``--actor``. The classes
here replace them for ``ktimeline`` only:

* the matching is ``ktimeline.cli.completion``'s (case-insensitive, any word of a name or alias);
* bash gets each candidate quoted for the quoting the user has opened (none, ' or ");
  zsh adds candidates with ``compadd -U`` (zsh quotes them itself); fish quotes by itself;
* file names are offered only for a parameter that takes a path (its metavar says PATH or
  FILE); anything else that has no candidate gets none.

The scripts are the ones ``--install-completion``/``--show-completion`` write (see
``install_scripts``) and are sourced as ``eval "$(_KTIMELINE_COMPLETE=source_bash ktimeline)"``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from typer._click.core import Parameter
from typer._click.shell_completion import (
    CompletionItem,
    ShellComplete,
    _resolve_context,
    _resolve_incomplete,
    split_arg_string,
)

from ktimeline.cli.completion import TYPED_KEY

if TYPE_CHECKING:
    from collections.abc import Sequence

COMPLETE_VAR = "_KTIMELINE_COMPLETE"
FILES = ":files"  # the answer that tells a script to complete file names instead
PATH_METAVARS = ("PATH", "FILE")

BASH_SCRIPT = r"""
%(complete_func)s() {
    local IFS=$'\n'
    local reply
    reply=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD="$COMP_CWORD" \
        _KTIMELINE_COMPLETE_WORD="${COMP_WORDS[COMP_CWORD]}" \
        %(autocomplete_var)s=complete_bash "$1" 2>/dev/null)
    COMPREPLY=()
    if [[ $reply == ":files" ]]; then
        compopt -o default 2>/dev/null  # a path: let readline complete file names
    elif [[ -n $reply ]]; then
        mapfile -t COMPREPLY <<< "$reply"  # already quoted for the shell; no globbing
    fi
    return 0
}

complete -F %(complete_func)s %(prog_name)s
"""

ZSH_SCRIPT = r"""
#compdef %(prog_name)s

%(complete_func)s() {
  local -a reply values shown
  local line
  reply=("${(@f)$(env _TYPER_COMPLETE_ARGS="${words[1,$CURRENT]}" \
      _KTIMELINE_COMPLETE_WORD="${words[CURRENT]}" \
      %(autocomplete_var)s=complete_zsh %(prog_name)s 2>/dev/null)}")
  if [[ ${reply[1]} == ":files" ]]; then
    _files
    return
  fi
  for line in $reply; do
    [[ -z $line ]] && continue
    values+=("${line%%%%$'\t'*}")
    shown+=("${line//$'\t'/  -- }")
  done
  (( ${#values} )) || return 1
  compadd -U -l -d shown -a values
  # names found by a word inside them may share less than was typed ("Chrono" for "The
  # Enron Collapse: A Chronology" and "Chronology of a Collapse"): zsh would put their
  # common part, perhaps nothing, in place of the word; a menu of them keeps it instead
  local common=${values[1]} value
  for value in $values; do
    while [[ ${value[1,${#common}]} != "$common" ]]; do common=${common[1,-2]}; done
  done
  (( ${#values} > 1 && ${#common} < ${#PREFIX} )) && compstate[insert]=menu
  return 0
}

compdef %(complete_func)s %(prog_name)s
"""

FISH_SCRIPT = (
    "complete --command %(prog_name)s --no-files --arguments "
    '"(env %(autocomplete_var)s=complete_fish _TYPER_COMPLETE_FISH_ACTION=get-args '
    "_TYPER_COMPLETE_ARGS=(commandline -cp) _KTIMELINE_COMPLETE_WORD=(commandline -ct) "
    '%(prog_name)s)"\n'
    "complete --command %(prog_name)s --force-files --condition "
    '"env %(autocomplete_var)s=complete_fish _TYPER_COMPLETE_FISH_ACTION=is-path '
    "_TYPER_COMPLETE_ARGS=(commandline -cp) _KTIMELINE_COMPLETE_WORD=(commandline -ct) "
    '%(prog_name)s"'
)
SCRIPTS = {"bash": BASH_SCRIPT, "zsh": ZSH_SCRIPT, "fish": FISH_SCRIPT}

# Characters that mean something to bash unquoted (a leading ~ or # too, handled apart).
_BASH_SPECIAL = frozenset(" \t\n'\"\\$`!&;|<>()*?[]{},=:")


def takes_path(parameter: Parameter) -> bool:
    metavar = parameter.metavar or ""
    return any(word in metavar for word in PATH_METAVARS)


def quote_for_bash(value: str, word: str) -> str:
    """``value`` as bash should insert it in place of ``word`` (the word as typed, raw).

    Readline replaces the text after an opening quote and closes the quote itself, so inside
    quotes only what that quote cannot hold is escaped; outside, every special character."""
    if word.startswith("'"):
        return value.replace("'", "'\\''")
    if word.startswith('"'):
        return "".join("\\" + c if c in '"\\$`' else c for c in value)
    quoted = "".join("\\" + c if c in _BASH_SPECIAL else c for c in value)
    return "\\" + quoted if quoted[:1] in ("~", "#") else quoted


class KtimelineComplete(ShellComplete):
    """What every shell shares: resolve the parameter, ask its completer, or say "files"."""

    name = ""
    source_template = ""
    wants_files = False

    def source_vars(self) -> dict[str, Any]:
        return {
            "complete_func": self.func_name,
            "autocomplete_var": self.complete_var,
            "prog_name": self.prog_name,
        }

    def get_completions(self, args: list[str], incomplete: str) -> list[CompletionItem]:
        ctx = _resolve_context(self.cli, self.ctx_args, self.prog_name, args)
        target, incomplete = _resolve_incomplete(ctx, args, incomplete)
        if not isinstance(target, Parameter):
            return target.shell_complete(ctx, incomplete)  # option or command names
        if takes_path(target):
            self.wants_files = True
            return []
        ctx.meta[TYPED_KEY] = incomplete  # our completers match; Typer's filter sees ""
        items = target.shell_complete(ctx, "")
        if not getattr(target, "_custom_shell_complete", None):  # a choice: by prefix
            typed = incomplete.lower()
            items = [item for item in items if str(item.value).lower().startswith(typed)]
        return items

    def answers(self, args: list[str], incomplete: str) -> list[CompletionItem] | None:
        """The candidates, or None when the shell should complete file names."""
        items = self.get_completions(args, incomplete)
        return None if self.wants_files and not items else items

    def get_completion_args(self) -> tuple[list[str], str]:
        """zsh and fish: the line up to the cursor and, apart, the word being completed, both
        as typed (the word apart: ``Kim\\ `` ends in a space that does not end the word)."""
        line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
        word = os.environ.get("_KTIMELINE_COMPLETE_WORD")
        if word is None:  # a script from before: the last word, unless the line ends in a space
            args = split_arg_string(line)[1:]
            return (args[:-1], args[-1]) if args and not line.endswith(" ") else (args, "")
        if word and line.endswith(word):
            line = line[: -len(word)]
        return split_arg_string(line)[1:], "".join(split_arg_string(word))

    def format_completion(self, item: CompletionItem) -> str:
        help_text = " ".join((item.help or "").split())
        return f"{item.value}\t{help_text}" if help_text else str(item.value)

    def complete(self) -> str:
        args, incomplete = self.get_completion_args()
        items = self.answers(args, incomplete)
        if items is None:
            return FILES
        return "\n".join(self.format_completion(item) for item in items)


class BashComplete(KtimelineComplete):
    name = "bash"
    source_template = BASH_SCRIPT

    def get_completion_args(self) -> tuple[list[str], str]:
        words = split_arg_string(os.environ.get("COMP_WORDS", ""))
        cword = int(os.environ.get("COMP_CWORD", "0") or 0)
        words = words[: cword + 1]
        words += [""] * (cword + 1 - len(words))  # the word being completed may be empty
        words = _join_equals(words)
        return words[1:-1], words[-1] if len(words) > 1 else ""

    def format_completion(self, item: CompletionItem) -> str:
        return quote_for_bash(str(item.value), os.environ.get("_KTIMELINE_COMPLETE_WORD", ""))


class ZshComplete(KtimelineComplete):
    name = "zsh"
    source_template = ZSH_SCRIPT


class FishComplete(KtimelineComplete):
    name = "fish"
    source_template = FISH_SCRIPT

    def complete(self) -> str:
        args, incomplete = self.get_completion_args()
        items = self.get_completions(args, incomplete)
        if os.environ.get("_TYPER_COMPLETE_FISH_ACTION") == "is-path":
            raise SystemExit(0 if self.wants_files else 1)
        return "\n".join(self.format_completion(item) for item in items)


def _join_equals(words: list[str]) -> list[str]:
    """bash splits ``--actor=Kim`` at the ``=`` (COMP_WORDBREAKS): keep option and value."""
    if len(words) >= 3 and words[-2] == "=" and words[-3].startswith("--"):
        return [*words[:-2], words[-1]]
    if words and words[-1] == "=" and len(words) >= 2 and words[-2].startswith("--"):
        return [*words[:-1], ""]
    return words


CLASSES: dict[str, type[KtimelineComplete]] = {
    "bash": BashComplete,
    "zsh": ZshComplete,
    "fish": FishComplete,
}


def completion_reply(command: Any, instruction: str, prog_name: str = "ktimeline") -> str | None:
    """The text a completion request (``complete_bash``, ``source_zsh`` …) prints, or None
    when the instruction is not one of ours (Typer then answers, e.g. for PowerShell)."""
    action, _, shell = instruction.partition("_")
    cls = CLASSES.get(shell)
    if cls is None or action not in ("complete", "source"):
        return None
    completer = cls(command, {}, prog_name, COMPLETE_VAR)
    return completer.source() if action == "source" else completer.complete()


def install_scripts(
    scripts: dict[str, str], names: Sequence[str] = ("bash", "zsh", "fish")
) -> None:
    """Put our scripts in Typer's table, which --install/--show-completion write out."""
    for name in names:
        scripts[name] = SCRIPTS[name]
