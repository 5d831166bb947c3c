<?php
return ([
    'MAGE_MODE' => <<<EOT
        production
        EOT,
    'crypt' => ['key' => <<<'KEY'
0123456789abcdef
KEY
    ],
    'x' => <<<"X"
      a\tb \x41 $notvar
    X . 'y',
]);
