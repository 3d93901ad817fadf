"""shlex for pycell: a lexer for shell-like syntax, written from the shlex
documentation (the parsing rules of its "Parsing Rules" section) and black-box
runs of CPython.

The lexer is a small state machine over characters. Its states are:
  ' '        between tokens (skipping whitespace)
  'a'        inside a word
  'c'        inside a run of punctuation characters
  a quote    inside a quoted part (the state is the quote character itself)
  an escape  just after an escape character (the state is that character)
  None       the input is exhausted
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'
# characters that become part of words when punctuation_chars is in use
_EXTRA_WORD = '~-./*?='


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source


class shlex:
    """A lexical analyzer for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punct = punctuation_chars
        if punctuation_chars:
            self.wordchars += _EXTRA_WORD
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)
        # characters read ahead while ending a punctuation run, given back first
        self._char_pushback = deque()

    @property
    def punctuation_chars(self):
        return self._punct

    # -- token level ----------------------------------------------------------
    def push_token(self, tok):
        """Push a token back: get_token() returns it next."""
        if self.debug >= 1:
            print('shlex: pushing token ' + repr(tok))
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` until it ends, then carry on with the current input."""
        newstream = _as_stream(newstream)
        current = (self.infile, self.instream, self.lineno)
        self.filestack.insert(0, current)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            what = ('file', newfile) if newfile is not None else ('stream', newstream)
            print('shlex: pushing to %s %s' % what)

    def pop_source(self):
        """Drop the innermost pushed source and return to the one below."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """The next token: a pushed-back one, else one read from the input
        (following `source` inclusions); self.eof at the end."""
        if self.pushback:
            tok = self.pushback.popleft()  # LIFO: push_token put it first
            if self.debug >= 1:
                print('shlex: popping token ' + repr(tok))
            return tok
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        if self.debug >= 1:
            if tok != self.eof:
                print('shlex: token=' + repr(tok))
            else:
                print('shlex: token=EOF')
        return tok

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- character level --------------------------------------------------------
    def _next_char(self):
        if self._punct and self._char_pushback:
            ch = self._char_pushback.pop()
        else:
            ch = self.instream.read(1) or ''  # one character, '' at the end
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input (no pushback, no source inclusion)."""
        quoted = False
        after_escape = ' '
        while True:
            ch = self._next_char()
            state = self.state
            if self.debug >= 3:
                print('shlex: in state %r I see character: %r' % (state, ch))
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done, after_escape = self._between(ch, quoted, after_escape)
            elif state in self.quotes:
                quoted = True
                done, after_escape = self._in_quotes(ch, after_escape)
            elif state in self.escape:
                done = self._after_escape(ch, after_escape)
            elif state in ('a', 'c'):
                done, after_escape = self._in_word(ch, quoted, after_escape)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ''
        if result == '' and self.posix and not quoted:
            result = None
        if self.debug > 1:
            print('shlex: raw token=' + (repr(result) if result else 'EOF'))
        return result

    def _have_token(self, quoted):
        return bool(self.token) or (self.posix and quoted)

    def _between(self, ch, quoted, after_escape):
        """State ' ': returns (token finished?, escape return state)."""
        if not ch:
            self.state = None
            return True, after_escape
        if ch in self.whitespace:
            return self._have_token(quoted), after_escape
        if ch in self.commenters:
            self._skip_comment()
            return False, after_escape
        if self.posix and ch in self.escape:
            self.state = ch
            return False, 'a'
        if ch in self.wordchars:
            self.token, self.state = ch, 'a'
        elif ch in self._punct:
            self.token, self.state = ch, 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, 'a'
        else:
            # any other character is a token by itself
            self.token = ch
            return self._have_token(quoted), after_escape
        return False, after_escape

    def _in_quotes(self, ch, after_escape):
        quote_char = self.state
        if not ch:
            raise ValueError('No closing quotation')
        if ch == quote_char:
            if self.posix:
                self.state = 'a'
                return False, after_escape
            self.token += ch
            self.state = ' '
            return True, after_escape
        if self.posix and ch in self.escape and quote_char in self.escapedquotes:
            self.state = ch
            return False, quote_char
        self.token += ch
        return False, after_escape

    def _after_escape(self, ch, resume):
        escape_char = self.state
        if not ch:
            raise ValueError('No escaped character')
        # inside quotes the escape only works before that quote or another escape
        if resume in self.quotes and ch != resume and ch != escape_char:
            self.token += escape_char
        self.token += ch
        self.state = resume
        return False

    def _in_word(self, ch, quoted, after_escape):
        if not ch:
            self.state = None
            return True, after_escape
        if ch in self.whitespace:
            self.state = ' '
            return self._have_token(quoted), after_escape
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._have_token(quoted), after_escape
            return False, after_escape
        if self.state == 'c':
            if ch in self._punct:
                self.token += ch
                return False, after_escape
            if ch not in self.whitespace:
                self._char_pushback.append(ch)
            self.state = ' '
            return True, after_escape
        if self.posix and ch in self.quotes:
            self.state = ch
            return False, after_escape
        if self.posix and ch in self.escape:
            self.state = ch
            return False, 'a'
        if (ch in self.wordchars or ch in self.quotes
                or (self.whitespace_split and ch not in self._punct)):
            self.token += ch
            return False, after_escape
        if self._punct:
            self._char_pushback.append(ch)
        else:
            self.pushback.appendleft(ch)
        self.state = ' '
        return self._have_token(quoted), after_escape

    # -- helpers ----------------------------------------------------------------
    def sourcehook(self, newfile):
        """Open the file named by a `source` request: (name, file object)."""
        if newfile[:1] == '"':
            newfile = newfile[1:-1]
        base = self.infile
        if isinstance(base, str) and not os.path.isabs(newfile):
            # relative to the file that asked for it
            newfile = os.path.join(os.path.dirname(base), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        """'"FILE", line N: ', the start of an error message in Unix C compiler style."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)


def split(s, comments=False, posix=True):
    """Split the string s like a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn(DeprecationWarning("Passing None for 's' to shlex.split() is deprecated."),
                      stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                  '_@%+=:,./-')


def quote(s):
    """A shell-escaped version of s: safe to use as one token of a command line."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # single quotes keep everything literal; a single quote itself is closed, given
    # in double quotes, and reopened
    return "'%s'" % s.replace("'", "'\"'\"'")


def join(split_command):
    """The command line made of the quoted words of split_command."""
    return ' '.join(quote(word) for word in split_command)
