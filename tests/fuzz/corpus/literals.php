<?PHP
return ARRAY (
    "dq" => "tab\t nl\n cr\r v\v e\e f\f bs\\ dollar\$ quote\" oct\101\0 hex\x41\xe9 u\u{e9}\u{1F600} \q $ {",
    'sq' => 'it\'s C:\\dir \n',
    'ints' => [0, 42, -7, +7, - 7, 1_000, 0x1A, 0XFF_FF, 0755, 0o17, 0b1010, 9223372036854775807, 9223372036854775808],
    'floats' => [1.5, -1.5, .5, 1., 1e3, 1E-3, 2.5e+2, 1_000.5, 1e999],
    'consts' => [TRUE, false, Null, \true],
    'keys' => ['a', 5 => 'five', 'b', '7' => 'x', '08' => 'y', -3 => 'z', true => 't', null => 'n', 1.7 => 'f', 'x' => 1, 'x' => 2,],
    /* comment */ 'nested' => array('a' => ['b' => array(['c' => []])]),
);
