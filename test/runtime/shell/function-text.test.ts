import { describe, expect, it } from 'vitest';
import { run1 } from '../../helpers.ts';

// Expected texts were produced by bash 5.2 (`bash -c LINE`); declare -f and type re-print the parsed
// function the way print_cmd.c does, not the source text.
const cases: [string, string, string][] = [
  [
    "the brief example",
    "f() { local x=1; if [ $x = 1 ]; then echo \"a b\"; fi; for i in 1 2; do echo $i; done; }; declare -f f",
    "f () \n{ \n    local x=1;\n    if [ $x = 1 ]; then\n        echo \"a b\";\n    fi;\n    for i in 1 2;\n    do\n        echo $i;\n    done\n}\n",
  ],
  [
    "simple commands: assignments, quotes, redirections",
    "f() { x=1 y=2 cmd a \"b c\" 'd' >out 2>&1 <in 3<>f 4>>g >|h 5<&0 >&2 2>&- &>all &>>app <<<\"str\" 1>x 0<y; }; declare -f f",
    "f () \n{ \n    x=1 y=2 cmd a \"b c\" 'd' > out 2>&1 < in 3<> f 4>> g >| h 5<&0 1>&2 2>&- &> all &>> app <<< \"str\" > x < y\n}\n",
  ],
  [
    "descriptor duplication, moves and {var} redirections",
    "f() { a <&- >&- <&3- 2>&3- <&$x >&$y 3<&$w- >&file <> rw {fd}>x {fd}>&- {fd}<&3 <&3 2<<<t; }; declare -f f",
    "f () \n{ \n    a 0>&- 1>&- 0<&3- 2>&3- <&$x >&$y 3<&$w- >&file 0<> rw {fd}> x {fd}>&- {fd}<&3 0<&3 2<<< t\n}\n",
  ],
  [
    "here-documents: plain, quoted, <<- and after a pipe",
    "f() { cat <<EOF 2>&1 >x\na $x\nEOF\ncat <<-'E' | grep a\n\ttabbed\n\tE\necho after; }; declare -f f",
    "f () \n{ \n    cat <<EOF 2>&1 > x\na $x\nEOF\n\n    cat <<-'E' |\ntabbed\nE\n  grep a\n    echo after\n}\n",
  ],
  [
    "here-documents before && and two on one command",
    "f() { cat <<EOF && echo b\nx\nEOF\ncat <<A <<B; echo c\n1\nA\n2\nB\n}; declare -f f",
    "f () \n{ \n    cat <<EOF && \nx\nEOF\n echo b\n    cat <<A <<B\n1\nA\n2\nB\n\n    echo c\n}\n",
  ],
  [
    "here-document as the last command and in an if test",
    "f() { cat <<EOF\nx\nEOF\n}; g() { if cat <<EOF; then\nx\nEOF\necho; fi; while read l; do :; done <<< \"a\"; }; declare -f f g",
    "f () \n{ \n    cat <<EOF\nx\nEOF\n\n}\ng () \n{ \n    if cat <<EOF; then\n        echo\nx\nEOF\n\n    fi\n    while read l; do\n        :;\n    done <<< \"a\"\n}\n",
  ],
  [
    "pipelines, |&, !, time, && and ||",
    "f() { a | b |& c; { a; } |& b; ! a | b; ! ! a; time -p ! a | b; c && d || e; }; declare -f f",
    "f () \n{ \n    a | b 2>&1 | c;\n    { \n        a\n    } 2>&1 | b;\n    ! a | b;\n    a;\n    time -p ! a | b;\n    c && d || e\n}\n",
  ],
  [
    "background jobs and newline-separated lists",
    "f() {\n  a &\n  b; c & d\n\n  # comment\n  e # trailing\n}; g() { if a; then b & fi; x & }; declare -f f g",
    "f () \n{ \n    a & b;\n    c & d;\n    e\n}\ng () \n{ \n    if a; then\n        b &\n    fi;\n    x &\n}\n",
  ],
  [
    "if / elif / else",
    "f() { if a; then b; elif c; then d; else e; fi; }; declare -f f",
    "f () \n{ \n    if a; then\n        b;\n    else\n        if c; then\n            d;\n        else\n            e;\n        fi;\n    fi\n}\n",
  ],
  [
    "for, for without in, empty in, select",
    "f() { for i in 1 2; do echo $i; done; for x; do :; done; for y in; do :; done; select s in a b; do break; done; }; declare -f f",
    "f () \n{ \n    for i in 1 2;\n    do\n        echo $i;\n    done;\n    for x in \"$@\";\n    do\n        :;\n    done;\n    for y in ;\n    do\n        :;\n    done;\n    select s in a b;\n    do\n        break;\n    done\n}\n",
  ],
  [
    "arithmetic for and (( ))",
    "f() { for (( i = 0 ;  i < 3 ;  i++  )) ; do :; done; for ((;;)); do break; done; ((  x++ )); ((y=1)); }; declare -f f",
    "f () \n{ \n    for ((i = 0 ; i < 3 ; i++  ))\n    do\n        :;\n    done;\n    for ((1; 1; 1))\n    do\n        break;\n    done;\n    ((  x++ ));\n    ((y=1))\n}\n",
  ],
  [
    "while and until",
    "f() { while read -r l; do echo \"$l\"; done < in; until false; do :; done; }; declare -f f",
    "f () \n{ \n    while read -r l; do\n        echo \"$l\";\n    done < in;\n    until false; do\n        :;\n    done\n}\n",
  ],
  [
    "case with |, ;;, ;& and ;;&",
    "f() { case $1 in a|b) echo ab;; c) echo c;& *) echo d;;& esac; case x in esac; case y in (z) ;; esac; }; declare -f f",
    "f () \n{ \n    case $1 in \n        a | b)\n            echo ab\n        ;;\n        c)\n            echo c\n        ;&\n        *)\n            echo d\n        ;;&\n    esac;\n    case x in \n    esac;\n    case y in \n        z)\n\n        ;;\n    esac\n}\n",
  ],
  [
    "subshells and brace groups",
    "f() { (a; b); { a; { b; c; }; } > out; ( cd /; ls ) | wc -l; a || { b; exit 1; }; }; declare -f f",
    "f () \n{ \n    ( a;\n    b );\n    { \n        a;\n        { \n            b;\n            c\n        }\n    } > out;\n    ( cd /;\n    ls ) | wc -l;\n    a || { \n        b;\n        exit 1\n    }\n}\n",
  ],
  [
    "[[ ]] conditions",
    "f() { [[ $x ]]; [[ ! -f x && ( a == b* || $c != d ) ]]; [[ $x =~ ^[0-9]+$ ]]; [[ 1 -lt 2 ]]; }; declare -f f",
    "f () \n{ \n    [[ -n $x ]];\n    [[ ! -f x && ( a == b* || $c != d ) ]];\n    [[ $x =~ ^[0-9]+$ ]];\n    [[ 1 -lt 2 ]]\n}\n",
  ],
  [
    "nested function definitions",
    "f() { g() { echo in; } > log; function h { b; }; k() ( c ); }; declare -f f",
    "f () \n{ \n    function g () \n    { \n        echo in\n    } > log;\n    function h () \n    { \n        b\n    };\n    function k () \n    { \n        ( c )\n    }\n}\n",
  ],
  [
    "function keyword forms and a keyword name",
    "function f { :; }; function g() { :; }; function if { :; }; declare -f f g if",
    "f () \n{ \n    :\n}\ng () \n{ \n    :\n}\nfunction if () \n{ \n    :\n}\n",
  ],
  [
    "bodies that are not brace groups",
    "f() ( a; b ) > out; g() if a; then b; fi 2>/dev/null; h() [[ -n x ]]; k() for i in 1; do echo $i; done; declare -f f g h k",
    "f () \n{ \n    ( a;\n    b ) > out\n}\ng () \n{ \n    if a; then\n        b;\n    fi 2> /dev/null\n}\nh () \n{ \n    [[ -n x ]]\n}\nk () \n{ \n    for i in 1;\n    do\n        echo $i;\n    done\n}\n",
  ],
  [
    "redirections on the definition",
    "f() { :; } >out 2>&1 <<EOF\nbody\nEOF\ndeclare -f f",
    "f () \n{ \n    :\n} > out 2>&1 <<EOF\nbody\nEOF\n\n",
  ],
  [
    "coproc",
    "f() { coproc cat; coproc N { a; }; }; declare -f f",
    "f () \n{ \n    coproc COPROC cat;\n    coproc N { \n        a\n    }\n}\n",
  ],
  [
    "words: $'', $\"\", $(...), <(...), arrays",
    "f() { echo $'a\\nb' $'it\\'s' $\"loc\" $(  echo   hi;echo x  ) `echo  b` \"$(a|b)\" <(ls  -l) $( (c) ) $((1+ 2)) ${x:-y}; a=(1  2 \"3\") b[1]=x; local -a w=( a  b ); }; declare -f f",
    "f () \n{ \n    echo 'a\nb' 'it'\\''s' \"loc\" $(echo hi; echo x) `echo  b` \"$(a | b)\" <(ls -l) $( ( c )) $((1+ 2)) ${x:-y};\n    a=(1 2 \"3\") b[1]=x;\n    local -a w=(a b)\n}\n",
  ],
  [
    "command substitutions keep their newlines",
    "f() { x=$(if a; then b; fi; for i in 1; do c; done); y=$(a\nb &\nc && d # cmt\n{ e; f; }\n); }; declare -f f",
    "f () \n{ \n    x=$(if a; then\n    b;\nfi; for i in 1;\ndo\n    c;\ndone);\n    y=$(a\nb & c && d\n{ e; f; })\n}\n",
  ],
  [
    "declare -f with several names, a missing one, and all",
    "b() { :; }; a() { echo; }; declare -f b a; echo rc=$?; declare -f a nope; echo rc=$?; declare -f",
    "b () \n{ \n    :\n}\na () \n{ \n    echo\n}\nrc=0\na () \n{ \n    echo\n}\nrc=1\na () \n{ \n    echo\n}\nb () \n{ \n    :\n}\n",
  ],
  [
    "declare -F and typeset -f",
    "b() { :; }; a() { echo; }; declare -F; declare -F b nope; echo rc=$?; typeset -f a",
    "declare -f a\ndeclare -f b\nb\nrc=1\na () \n{ \n    echo\n}\n",
  ],
  [
    "type of a function",
    "function g { local v=1; echo \"g $v\"; }; type g; type -t g",
    "g is a function\ng () \n{ \n    local v=1;\n    echo \"g $v\"\n}\nfunction\n",
  ],
  [
    "definitions made by eval, in a command substitution and by a called function",
    "eval 'f() { for ((i=0;i<2;i++)); do echo $i; done; }'; declare -f f; x=$(g() { echo $((1+2)); }; declare -f g); echo \"$x\"; h() { k() { echo in; }; }; h; declare -f k",
    "f () \n{ \n    for ((i=0; i<2; i++))\n    do\n        echo $i;\n    done\n}\ng () \n{ \n    echo $((1+2))\n}\nk () \n{ \n    echo in\n}\n",
  ],
  [
    "line continuations are joined, a bare time or ! kept",
    "f() { echo a\\\nb \"c\\\nd\" 'e\\\nf'; time; ! ; }; declare -f f",
    "f () \n{ \n    echo ab \"cd\" 'e\\\nf';\n    time ;\n    ! \n}\n",
  ],
  [
    "here-documents inside loops, groups, nested functions and after &",
    "f() { for i in a; do cat <<EOF\n$i\nEOF\ndone; { cat <<EOF; }\nx\nEOF\ng() { cat <<EOF\nin\nEOF\n}; cat <<EOF &\ny\nEOF\necho; }; declare -f f",
    "f () \n{ \n    for i in a;\n    do\n        cat <<EOF\n$i\nEOF\n\n    done\n    { \n        cat <<EOF\nx\nEOF\n\n    }\n    function g () \n    { \n        cat <<EOF\nin\nEOF\n\n    };\n    cat <<EOF &\ny\nEOF\n  echo\n}\n",
  ],
  [
    "`&` takes only the last command of a ; list",
    "f() { a; b & c; d; e & }; g() { { cat <<EOF; }\nx\nEOF\ncat <<EOF &\ny\nEOF\necho; }; declare -f f g",
    "f () \n{ \n    a;\n    b & c;\n    d;\n    e &\n}\ng () \n{ \n    { \n        cat <<EOF\nx\nEOF\n\n    }\n    cat <<EOF &\ny\nEOF\n  echo\n}\n",
  ],
  [
    "set lists the functions after the variables",
    "b() { :; }; a() { for ((;;)); do break; done; }; set | sed -n '/^a ()/,$p'",
    "a () \n{ \n    for ((1; 1; 1))\n    do\n        break;\n    done\n}\nb () \n{ \n    :\n}\n",
  ],
  [
    "a subshell definition does not change the parent one",
    "(f() { for (( ;; )); do :; done; }; declare -f f); f() { echo outer; }; declare -f f",
    "f () \n{ \n    for ((1; 1; 1))\n    do\n        :;\n    done\n}\nf () \n{ \n    echo outer\n}\n",
  ],
];

describe('declare -f / type print functions like bash', () => {
  for (const [name, line, expected] of cases) {
    it(name, async () => {
      const r = await run1(line);
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
    });
  }
});
